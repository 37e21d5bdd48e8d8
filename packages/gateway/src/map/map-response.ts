import type { ApiModel, IntegrationModel } from "@apigw-playground/routes";
import type { RequestContext } from "../context/request-context";
import type { EndpointResponse } from "../integrate/integration";
import type { GatewayLogger } from "../logger";
import { lastHeader, type RequestHeaders } from "../request/method-request";
import type { RequestView } from "../request/request-view";
import type { GatewayAnswer } from "../respond/answer";
import type { GatewayFailure } from "../respond/failure";
import { apiConfigurationError, internalServerError } from "../respond/gateway-failures";
import { convertPayload, responseConversion } from "./binary";
import { hasHeader } from "./header-map";
import type { CompiledTemplates } from "./compiled-templates";
import { firstAcceptType, isBinaryMediaType, mediaTypeOf } from "./media-type";
import { renderMapping } from "./render-mapping";
import { mapResponseHeaders } from "./request-parameters";
import { selectIntegrationResponse } from "./select-integration-response";
import { selectResponseTemplate } from "./select-template";

/** An endpoint response on its way back to the client. */
export interface MappableResponse {
  api: ApiModel;
  integration: IntegrationModel;
  view: RequestView;
  response: EndpointResponse;
  context: RequestContext;
  stageVariables: Record<string, string>;
  templates: CompiledTemplates;
  logger: GatewayLogger;
}

export type MapResponseResult = { ok: true; answer: GatewayAnswer } | { ok: false; failure: GatewayFailure };

// Hop-by-hop headers of the endpoint response are the connection's, not the client's.
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "proxy-connection", "content-length"]);

/**
 * The integration response stage. Proxy integrations hand the endpoint's status, headers and body
 * back as they are. Otherwise: select the integration response by `selectionPattern`, map
 * `responseParameters` into headers, convert the body (binary/base64 table), render the response
 * template chosen by the first Accept type, and apply `$context.responseOverride`.
 */
export function mapResponse(input: MappableResponse): MapResponseResult {
  const { api, integration, response } = input;
  const binarySet = api.binaryMediaTypes.length > 0;
  const accept = lastHeader(input.view.headers, "accept");
  const acceptIsBinary = isBinaryMediaType(firstAcceptType(accept), api.binaryMediaTypes);
  const responseContentType = lastHeader(response.headers, "content-type");
  const payloadIsBinary = isBinaryMediaType(mediaTypeOf(responseContentType), api.binaryMediaTypes);

  if (integration.type === "HTTP_PROXY" || integration.type === "AWS_PROXY") {
    const headers: Record<string, string | string[]> = {};
    for (const name in response.headers) {
      const value = response.headers[name];
      if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
    }
    // Bytes pass through when either side is a binary media type; otherwise the body is UTF-8 text.
    const body = payloadIsBinary || acceptIsBinary ? response.body : Buffer.from(response.body.toString("utf8"), "utf8");
    return { ok: true, answer: { status: response.status, headers, body } };
  }

  const selected = selectIntegrationResponse(integration.responses, String(response.status));
  if (selected === undefined) {
    input.logger.warn(
      "Execution failed due to configuration error: No match for output mapping and no default output mapping configured. " +
        `Endpoint Response Status Code: ${response.status}`,
    );
    return { ok: false, failure: apiConfigurationError() };
  }

  const headers = mapResponseHeaders(selected.responseParameters, "method.response.header.", {
    context: input.context,
    stageVariables: input.stageVariables,
    methodRequest: input.view,
    integrationResponse: new EndpointResponseSource(response),
  });

  const conversion = responseConversion(binarySet, payloadIsBinary, acceptIsBinary, selected.contentHandling);
  const payload = convertPayload(response.body, conversion);
  if (payload === undefined) {
    input.logger.warn("Execution failed due to configuration error: Unable to base64-decode the integration response body");
    return { ok: false, failure: apiConfigurationError() };
  }

  let status = Number(selected.statusCode);
  let body: Buffer | string = payload.kind === "text" ? payload.text : payload.bytes;
  const template = selectResponseTemplate(selected.responseTemplates, accept);
  const contentType = template?.contentType ?? mediaTypeWithParameters(response.headers) ?? "application/json";
  // Templates apply to text; a binary payload goes back as is.
  if (template !== undefined && payload.kind === "text") {
    try {
      const rendered = renderMapping(input.templates, template.template, payload.text, input.view, input.context, input.stageVariables);
      body = rendered.body;
      if (rendered.responseOverrides.status !== undefined) status = rendered.responseOverrides.status;
      Object.assign(headers, rendered.responseOverrides.header);
    } catch (e) {
      input.logger.error(`Execution failed: response mapping template of ${input.context.httpMethod} ${input.context.resourcePath} failed: ${e instanceof Error ? e.message : String(e)}`);
      return { ok: false, failure: internalServerError() };
    }
  }
  if (!hasHeader(headers, "content-type")) headers["Content-Type"] = contentType;
  return { ok: true, answer: { status, headers, body } };
}

function mediaTypeWithParameters(headers: RequestHeaders): string | undefined {
  return lastHeader(headers, "content-type");
}

/** `integration.response.*` sources of an endpoint response; the body is decoded once, if asked for. */
class EndpointResponseSource {
  private text: string | undefined;

  constructor(private readonly response: EndpointResponse) {}

  get headers(): RequestHeaders {
    return this.response.headers;
  }

  body(): string {
    this.text ??= this.response.body.toString("utf8");
    return this.text;
  }
}

