import { PlaygroundClient } from "@apigw-playground/client";
import type { GatewayLogger } from "@apigw-playground/gateway";
import { type LocalStack, startLocalStack } from "@apigw-playground/local-stack";
import { TargetUnavailableError } from "../errors/TargetUnavailableError";
import type { RunReporter } from "../run/reporter";
import { formatDuration } from "../report/renderReport";
import type { DemoTarget } from "./DemoTarget";
import { describeStackEvent } from "./describeStackEvent";

/** What {@link openLocalTarget} needs. */
export interface LocalTargetRequest {
  /** Template names to serve. */
  templates: readonly string[];
  region: string;
  reporter: RunReporter;
  /** Where the gateway's execution log goes. */
  logger: GatewayLogger;
}

/**
 * Starts the local stack in this process (gateway, backends, upstreams; resources provisioned
 * from the templates) and a client signed with its local credentials.
 * @throws TargetUnavailableError when the stack cannot start
 */
export async function openLocalTarget(request: LocalTargetRequest): Promise<DemoTarget & { stack: LocalStack }> {
  const { reporter } = request;
  const startedAt = performance.now();
  let stack: LocalStack;
  try {
    stack = await startLocalStack({
      templates: request.templates,
      region: request.region,
      logger: request.logger,
      onProgress: (event) => {
        const text = describeStackEvent(event);
        if (text !== undefined) reporter.targetProgress(text);
      },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TargetUnavailableError(`The local stack did not start: ${reason.replace(/\.*$/, ".")}`, error);
  }
  const readyMs = performance.now() - startedAt;
  const endpoints = Object.fromEntries(stack.apis.map((api) => [api.templateName, api.url]));
  // One attempt per call: the demo reports what the gateway answered, not what a retry hid.
  const client = new PlaygroundClient({ region: request.region, endpoints, credentials: stack.credentials, retry: { maxAttempts: 1 } });
  const wrongSecretClient = new PlaygroundClient({
    region: request.region,
    endpoints,
    credentials: { accessKeyId: stack.credentials.accessKeyId, secretAccessKey: `not-${stack.credentials.secretAccessKey}` },
    retry: { maxAttempts: 1 },
  });
  const backends = Object.keys(stack.endpoints);
  const upstreams = Object.keys(stack.upstreams);
  reporter.targetReady(
    `local stack up in ${formatDuration(readyMs)}: ${stack.apis.length} API${stack.apis.length === 1 ? "" : "s"} on 127.0.0.1` +
      (backends.length > 0 ? `, backends ${backends.join(", ")}` : "") +
      (upstreams.length > 0 ? `, upstreams ${upstreams.join(", ")}` : ""),
  );
  const apiKey = stack.apiKeys["mock"]?.[0];
  return {
    kind: "local",
    region: request.region,
    templates: stack.templates,
    client,
    wrongSecretClient,
    ...(apiKey === undefined ? {} : { apiKey }),
    local: { received: () => stack.received(), deliveries: () => stack.deliveries() },
    readyMs,
    notes: [],
    stack,
    async close() {
      await Promise.allSettled([client.close(), wrongSecretClient.close()]);
      await stack.stop();
    },
  };
}
