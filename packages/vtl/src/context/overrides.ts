import { VtlRenderError } from "../errors/VtlRenderError";
import { toJavaString } from "../java/toJavaString";
import { isJavaMap, mapEntries, mapGet } from "../java/values";

/**
 * A map under `$context.requestOverride` / `$context.responseOverride`. "Overrides are final": API
 * Gateway fails the request (5XX) when a template sets the same override twice, so a second
 * assignment of a key throws.
 */
export class OverrideMap extends Map<unknown, unknown> {
  constructor(
    private readonly label: string,
    initial: [string, unknown][] = [],
  ) {
    super();
    for (const [k, v] of initial) super.set(k, v);
    this.assigned = new Set();
  }

  private readonly assigned: Set<unknown>;

  override set(key: unknown, value: unknown): this {
    if (this.assigned.has(key)) {
      throw new VtlRenderError(
        `${this.label}.${String(key)} is set twice; API Gateway allows each override once. ` +
          "Compute the value in a variable and set the override once, at the end of the template.",
      );
    }
    this.assigned.add(key);
    return super.set(key, value);
  }
}

/** The override maps a render starts with. */
export interface OverrideTargets {
  requestOverride: OverrideMap;
  responseOverride: OverrideMap;
}

export function createOverrideTargets(): OverrideTargets {
  const request = "$context.requestOverride";
  const response = "$context.responseOverride";
  return {
    requestOverride: new OverrideMap(request, [
      ["header", new OverrideMap(`${request}.header`)],
      ["path", new OverrideMap(`${request}.path`)],
      ["querystring", new OverrideMap(`${request}.querystring`)],
    ]),
    responseOverride: new OverrideMap(response, [["header", new OverrideMap(`${response}.header`)]]),
  };
}

/** The overrides a template set, as MappingResult carries them. */
export interface MappingOverrides {
  /** Set by `#set($context.responseOverride.status = 404)`. */
  status?: number;
  /** `requestOverride.header` / `responseOverride.header`. */
  header: Record<string, string>;
  /** `requestOverride.path` (request templates only). */
  path: Record<string, string>;
  /** `requestOverride.querystring` (request templates only). */
  querystring: Record<string, string>;
}

/** Reads what the template assigned; values are converted with Java's toString(). */
export function readOverrides(target: OverrideMap): MappingOverrides {
  const result: MappingOverrides = {
    header: strings(mapGet(target, "header")),
    path: strings(mapGet(target, "path")),
    querystring: strings(mapGet(target, "querystring")),
  };
  const status = mapGet(target, "status");
  if (status !== undefined && status !== null) {
    const text = toJavaString(status);
    const code = Number(text);
    if (!/^[0-9]{3}$/.test(text) || code < 100) {
      throw new VtlRenderError(`$context.responseOverride.status must be an HTTP status code, got ${JSON.stringify(text)}`);
    }
    result.status = code;
  }
  return result;
}

function strings(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isJavaMap(value)) return out;
  for (const [k, v] of mapEntries(value)) {
    if (v !== null && v !== undefined) out[toJavaString(k)] = toJavaString(v);
  }
  return out;
}
