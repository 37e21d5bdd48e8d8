import { type CompiledTemplate, compileTemplate } from "./compileTemplate";
import { type MappingOverrides, createOverrideTargets, readOverrides } from "./context/overrides";
import { JavaCompile } from "./engine/JavaCompile";
import { VtlError } from "./errors/VtlError";
import { VtlRenderError } from "./errors/VtlRenderError";
import { InputVariable } from "./input/InputVariable";
import { UtilVariable } from "./util/UtilVariable";

/** What a mapping template maps. */
export interface MappingInput {
  /** The payload as text (`$input.body`). For JSON bodies, `$input.json` / `$input.path` parse it. */
  body: string;
  /** Request parameters for `$input.params()`: names as received; header lookup is case-insensitive. */
  params: { path: Record<string, string>; querystring: Record<string, string>; header: Record<string, string> };
  /**
   * `$context`: requestId, extendedRequestId, accountId, apiId, stage, resourcePath, resourceId,
   * httpMethod, path, protocol, domainName, requestTime, requestTimeEpoch, identity {sourceIp,
   * userAgent, ...}, authorizer ... whatever the caller passes. The template may modify nested
   * objects (`#set($context.identity.x = ...)`), so pass objects built for this request.
   * `requestOverride` / `responseOverride` are supplied by the renderer.
   */
  context: Record<string, unknown>;
  stageVariables: Record<string, string>;
}

export type { MappingOverrides } from "./context/overrides";

/** The rendered payload and the overrides the template set. */
export interface MappingResult {
  body: string;
  requestOverrides: MappingOverrides;
  responseOverrides: MappingOverrides;
}

const util = new UtilVariable();

/**
 * Renders a mapping template the way API Gateway does (Velocity 1.7 with `$input`, `$util`,
 * `$context`, `$stageVariables`). A string template is compiled through the cache first.
 *
 * @throws VtlSyntaxError when the template does not parse
 * @throws VtlBodyParseError when the template reads a body that is not JSON (400 for request templates)
 * @throws VtlRenderError when a Java method throws or an override is set twice (500)
 */
export function renderTemplate(template: string | CompiledTemplate, input: MappingInput): MappingResult {
  const compiled = typeof template === "string" ? compileTemplate(template) : template;
  const requestId = typeof input.context.requestId === "string" ? input.context.requestId : undefined;
  const overrides = createOverrideTargets();
  const context: Record<string, unknown> = Object.create(null);
  context["input"] = new InputVariable(input.body, input.params, requestId);
  context["util"] = util;
  context["context"] = { ...input.context, ...overrides };
  context["stageVariables"] = input.stageVariables;
  let body: string;
  try {
    body = new JavaCompile(compiled.asts).render(context);
  } catch (e) {
    if (e instanceof VtlError) {
      if (requestId !== undefined && e.$metadata.requestId === undefined) e.$metadata.requestId = requestId;
      throw e;
    }
    throw new VtlRenderError(`Mapping template failed: ${e instanceof Error ? e.message : String(e)}`, {
      cause: e,
      ...(requestId === undefined ? {} : { requestId }),
    });
  }
  return {
    body,
    requestOverrides: readOverrides(overrides.requestOverride),
    responseOverrides: readOverrides(overrides.responseOverride),
  };
}
