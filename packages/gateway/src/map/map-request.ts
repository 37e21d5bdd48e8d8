import type { ApiModel, IntegrationModel } from "@apigw-playground/routes";
import { type MappingResult, VtlBodyParseError } from "@apigw-playground/vtl";
import type { RequestContext } from "../context/request-context";
import { newTraceId } from "../context/request-ids";
import type { IntegrationRequest } from "../integrate/integration";
import type { GatewayLogger } from "../logger";
import { lastHeader } from "../request/method-request";
import type { RequestView } from "../request/request-view";
import type { GatewayFailure } from "../respond/failure";
import { apiConfigurationError, internalServerError, unparsableRequestBody, unsupportedMediaType } from "../respond/gateway-failures";
import { convertPayload, type Payload, requestConversion } from "./binary";
import type { CompiledTemplates } from "./compiled-templates";
import { HeaderMap } from "./header-map";
import { isBinaryMediaType, mediaTypeOf } from "./media-type";
import { renderMapping } from "./render-mapping";
import { mapRequestParameters } from "./request-parameters";
import { selectRequestTemplate } from "./select-template";
import { encodeAwsPathValue } from "../integrate/aws/uri-encode";
import { renderIntegrationUri } from "../integrate/http/render-uri";

/** A request that reached the integration-request stage. */
export interface MappableRequest {
  api: ApiModel;
  integration: IntegrationModel;
  view: RequestView;
  context: RequestContext;
  stageVariables: Record<string, string>;
  templates: CompiledTemplates;
  logger: GatewayLogger;
  now: Date;
}

export type MapRequestResult = { ok: true; request: IntegrationRequest } | { ok: false; failure: GatewayFailure };

// Never forwarded by HTTP_PROXY: hop-by-hop headers (RFC 9110 §7.6.1) and those the gateway rewrites.
const NOT_PROXIED = new Set([
  "host",
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "proxy-connection",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "content-length",
  "content-encoding",
  "expect",
]);

/**
 * The integration request stage: `requestParameters`, the request template chosen by Content-Type
 * and passthrough behaviour (415 otherwise), content conversion (binary/base64 per
 * "Content type conversions in API Gateway"), `$context.requestOverride`, and the URI.
 * HTTP_PROXY skips templates: the client's method, headers (minus hop-by-hop), query and body go
 * through, merged with any mapped parameters.
 */
export function mapRequest(input: MappableRequest): MapRequestResult {
  const { integration, view } = input;
  const request = view.request;
  const mapped = mapRequestParameters(integration.requestParameters, {
    context: input.context,
    stageVariables: input.stageVariables,
    methodRequest: view,
  });
  const proxy = integration.type === "HTTP_PROXY" || integration.type === "AWS_PROXY";
  const contentTypeHeader = lastHeader(request.headers, "content-type");

  const choice = proxy ? ({ kind: "passthrough" } as const) : selectRequestTemplate(integration, contentTypeHeader);
  if (choice.kind === "unsupported") return { ok: false, failure: unsupportedMediaType() };

  const conversion = requestConversion(
    input.api.binaryMediaTypes.length > 0,
    isBinaryMediaType(mediaTypeOf(contentTypeHeader), input.api.binaryMediaTypes),
    integration.contentHandling,
  );
  const converted = convertPayload(request.body, conversion);
  if (converted === undefined) {
    input.logger.warn("Execution failed due to configuration error: Unable to base64-decode the request body (contentHandling CONVERT_TO_BINARY)");
    return { ok: false, failure: apiConfigurationError() };
  }

  let body: Payload = converted;
  // A binary payload is passed through as is: templates only apply to text.
  if (choice.kind === "template" && converted.kind === "text") {
    let rendered: MappingResult;
    try {
      rendered = renderMapping(input.templates, choice.template, converted.text, view, input.context, input.stageVariables);
    } catch (e) {
      if (e instanceof VtlBodyParseError) return { ok: false, failure: unparsableRequestBody(e.message) };
      input.logger.error(`Execution failed: request mapping template of ${input.context.httpMethod} ${input.context.resourcePath} failed: ${e instanceof Error ? e.message : String(e)}`);
      return { ok: false, failure: internalServerError() };
    }
    body = { kind: "text", text: rendered.body };
    const override = rendered.requestOverrides;
    // $context.requestOverride wins over requestParameters (overrides are applied last).
    Object.assign(mapped.header, override.header);
    Object.assign(mapped.querystring, override.querystring);
    Object.assign(mapped.path, override.path);
    if (Object.keys(override.header).length + Object.keys(override.path).length + Object.keys(override.querystring).length > 0) {
      input.context["requestOverride"] = override;
    }
  }

  const method = integration.httpMethod === undefined || integration.httpMethod === "ANY" ? request.method : integration.httpMethod;
  // A MOCK only reads the body: no headers, query or URI to build.
  if (integration.type === "MOCK") return { ok: true, request: { method, uri: "", headers: mapped.header, query: [], body } };

  const headers = new HeaderMap();
  const query: [string, string][] = [];
  if (proxy) {
    for (const name in request.headers) {
      const value = request.headers[name];
      if (value !== undefined && !NOT_PROXIED.has(name)) headers.set(name, value);
    }
    const multi = view.query.multi;
    for (const name in multi) for (const value of multi[name]!) query.push([name, value]);
  } else {
    // API Gateway's defaults for non-proxy integration requests; mapped headers replace them.
    headers.set("Accept", "application/json");
    if (contentTypeHeader !== undefined && request.method !== "GET" && request.method !== "HEAD" && request.method !== "OPTIONS") {
      headers.set("Content-Type", contentTypeHeader);
    }
    headers.set("User-Agent", `AmazonAPIGateway_${input.context.apiId}`);
  }
  for (const name in mapped.header) headers.set(name, mapped.header[name]!);
  for (const name in mapped.querystring) {
    const value = mapped.querystring[name]!;
    for (const v of typeof value === "string" ? [value] : value) query.push([name, v]);
  }
  if (integration.type === "HTTP" || integration.type === "HTTP_PROXY") {
    headers.set("X-Amzn-Trace-Id", newTraceId(input.now));
    headers.set("X-Amzn-Apigateway-Api-Id", input.context.apiId);
  }

  return {
    ok: true,
    request: {
      method: method.toUpperCase(),
      uri: renderIntegrationUri(
        integration.uri ?? "",
        input.stageVariables,
        mapped.path,
        integration.type === "AWS" || integration.type === "AWS_PROXY" ? encodeAwsPathValue : undefined,
      ),
      headers: headers.toRecord(),
      query,
      body,
    },
  };
}
