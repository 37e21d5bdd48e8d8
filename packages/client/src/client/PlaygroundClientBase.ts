import type { SignatureV4 } from "@smithy/signature-v4";
import type { AwsCredentialIdentity } from "@smithy/types";
import { resolveCredentials } from "../credentials/resolveCredentials";
import { ConfigurationError } from "../errors/ConfigurationError";
import { buildRequest, describeRequest, type UnsignedRequest } from "../request/buildRequest";
import { mapResponse } from "../response/mapResponse";
import { normalizeRetryOptions, type RetryOptions } from "../retry/retryOptions";
import { type SendResult, sendWithRetry } from "../retry/sendWithRetry";
import type { CallOptions, Invoker, OperationInput, RouteDescriptor } from "../runtime/contract";
import { createSigner } from "../signing/createSigner";
import { ConnectionPools } from "../transport/ConnectionPools";
import { defaultTimeouts, type PlaygroundClientOptions, type Timeouts } from "./options";

const clientVersion = "0.1.0";

/** Per-call knobs of `sendSigned`. */
export interface SendOptions {
  signal?: AbortSignal | undefined;
  timeout?: number | undefined;
  retry?: Partial<RetryOptions> | undefined;
}

/**
 * The hand-written part of PlaygroundClient: endpoints, credentials, signing, pools,
 * retries and response mapping. `definePlaygroundClient` adds the per-template
 * operations of a generated registry on top.
 */
export class PlaygroundClientBase implements Invoker {
  readonly region: string;
  private readonly endpoints = new Map<string, URL>();
  private readonly credentials: () => Promise<AwsCredentialIdentity>;
  private readonly signers = new Map<string, SignatureV4>();
  private readonly pools: ConnectionPools;
  private readonly retry: RetryOptions;
  private readonly timeouts: Timeouts;
  private readonly userAgent: string;
  private readonly apiKey: PlaygroundClientOptions["apiKey"];

  constructor(options: PlaygroundClientOptions) {
    if (typeof options?.region !== "string" || options.region === "") {
      throw new ConfigurationError("PlaygroundClient needs a region (the one the APIs are deployed in), e.g. us-east-1.");
    }
    this.region = options.region;
    for (const [template, url] of Object.entries(options.endpoints ?? {})) {
      if (url !== undefined) this.setEndpoint(template, url as string | URL);
    }
    this.credentials = resolveCredentials(options);
    this.retry = normalizeRetryOptions(options.retry);
    this.timeouts = { ...defaultTimeouts, ...definedOnly(options.timeouts) };
    this.pools = new ConnectionPools({ connectTimeout: this.timeouts.connect, keepAliveTimeout: this.timeouts.keepAlive });
    this.userAgent = `apigw-playground-client/${clientVersion} node/${process.version}${options.userAgent ? ` ${options.userAgent}` : ""}`;
    this.apiKey = options.apiKey;
  }

  /** The base URL calls to `template` go to, if one is set. */
  endpoint(template: string): URL | undefined {
    return this.endpoints.get(template);
  }

  /** Set (or replace) the base URL of a template, stage included. */
  setEndpoint(template: string, url: string | URL): void {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch (error) {
      throw new ConfigurationError(`The endpoint of ${template} is not a URL: ${String(url)} (${(error as Error).message}).`);
    }
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
      throw new ConfigurationError(`The endpoint of ${template} must be http(s), got ${parsed.protocol} in ${parsed.href}.`);
    }
    this.endpoints.set(template, parsed);
  }

  /** Call one route of one template: what generated operations do. */
  async invoke<TOutput>(
    template: string,
    route: RouteDescriptor,
    input: OperationInput | undefined,
    options?: CallOptions,
  ): Promise<TOutput> {
    const baseUrl = this.endpoints.get(template);
    if (!baseUrl) {
      throw new ConfigurationError(
        `No endpoint for template ${template}: pass endpoints.${template} (its ApiUrl, stage included) or build the client with PlaygroundClient.fromStacks.`,
      );
    }
    const operation = `${template}.${route.operationId}`;
    const request = await buildRequest(route, input, {
      baseUrl,
      operation,
      apiKey: this.apiKeyFor(template),
      userAgent: this.userAgent,
      options,
    });
    const retry =
      options?.maxAttempts === undefined && options?.retryNonIdempotent === undefined
        ? undefined
        : { maxAttempts: options.maxAttempts, retryNonIdempotent: options.retryNonIdempotent };
    const result = await this.sendSigned("execute-api", request, {
      signal: options?.signal,
      timeout: options?.timeout,
      retry,
    });
    return mapResponse(result.response, {
      template,
      route,
      request: describeRequest(request),
      signing: { region: this.region, accessKeyId: result.accessKeyId, signedAt: result.signedAt },
      attempts: result.attempts,
      totalRetryDelay: result.totalRetryDelay,
    }) as TOutput;
  }

  /**
   * Sign for `service` and send with the client's pools and retries.
   * @internal for the CloudFormation look-up of fromStacks
   */
  sendSigned(service: string, request: UnsignedRequest, options: SendOptions = {}): Promise<SendResult> {
    return sendWithRetry(request, {
      pools: this.pools,
      signer: this.signerFor(service),
      retry: options.retry ? normalizeRetryOptions(this.retry, options.retry) : this.retry,
      timeout: options.timeout ?? this.timeouts.request,
      connectTimeout: this.timeouts.connect,
      signal: options.signal,
    });
  }

  /** The client's User-Agent. */
  get userAgentHeader(): string {
    return this.userAgent;
  }

  /** Close the connection pools; calls in flight finish first. */
  close(): Promise<void> {
    return this.pools.close();
  }

  private signerFor(service: string): SignatureV4 {
    let signer = this.signers.get(service);
    if (!signer) {
      signer = createSigner({ service, region: this.region, credentials: this.credentials });
      this.signers.set(service, signer);
    }
    return signer;
  }

  private apiKeyFor(template: string): string | undefined {
    return typeof this.apiKey === "string" ? this.apiKey : this.apiKey?.[template];
  }
}

function definedOnly<T extends object>(value: Partial<T> | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}
