import { VtlBodyParseError } from "../errors/VtlBodyParseError";
import { VtlRenderError } from "../errors/VtlRenderError";
import { toJsonString } from "../java/toJsonString";
import { type HostObject, NO_METHOD } from "../java/values";
import { JsonPathError, evaluateJsonPath } from "../json/jsonPath";
import { JsonSyntaxError, parseJson } from "../json/parseJson";
import { HeaderMap } from "./HeaderMap";

/** Request parameters as the method request received them. */
export interface InputParams {
  path: Record<string, string>;
  querystring: Record<string, string>;
  header: Record<string, string>;
}

/**
 * `$input`: the payload and parameters being mapped. The body is parsed once, on the first
 * `$input.json()` / `$input.path()`, and only if the template calls one of them.
 */
export class InputVariable implements HostObject {
  private parsed = false;
  private document: unknown;
  private paramsMap: Map<string, Map<unknown, unknown>> | undefined;

  constructor(
    private readonly body: string,
    private readonly params: InputParams,
    private readonly requestId: string | undefined,
  ) {}

  /**
   * `$input.body`: the raw payload. API Gateway hands templates `{}` for an empty payload (checked
   * against AWS by LocalStack's API Gateway tests), so `$input.body` and `$input.json('$')` give `{}`.
   */
  get text(): string {
    return this.body === "" ? "{}" : this.body;
  }

  vtlProperty(name: string): unknown {
    return name === "body" ? this.text : undefined;
  }

  vtlMethod(name: string, args: unknown[]): unknown {
    const [a] = args;
    switch (`${name}/${args.length}`) {
      case "json/1":
        return typeof a === "string" ? this.json(a) : NO_METHOD;
      case "path/1":
        return typeof a === "string" ? this.path(a) : NO_METHOD;
      case "params/0":
        return this.allParams();
      case "params/1":
        return typeof a === "string" ? this.param(a) : NO_METHOD;
      case "getBody/0":
        return this.text;
    }
    return NO_METHOD;
  }

  /**
   * `$input.path(x)`: the JSONPath result as a value the template can work with (map, list,
   * string, number...); null when a definite path matches nothing.
   */
  path(jsonPath: string): unknown {
    try {
      return evaluateJsonPath(this.parse(), jsonPath);
    } catch (e) {
      if (e instanceof JsonPathError) throw new VtlRenderError(e.message, this.errorOptions());
      throw e;
    }
  }

  /**
   * `$input.json(x)`: the JSONPath result serialized as JSON, the way json-smart writes it. A definite
   * path that matches nothing gives `null` (Jayway's null result, serialized).
   */
  json(jsonPath: string): string {
    return toJsonString(this.path(jsonPath));
  }

  /** `$input.params()`: a map of the `path`, `querystring` and `header` maps. */
  allParams(): Map<string, Map<unknown, unknown>> {
    if (this.paramsMap === undefined) {
      const header = new HeaderMap();
      for (const [k, v] of Object.entries(this.params.header)) header.set(k, v);
      this.paramsMap = new Map<string, Map<unknown, unknown>>([
        ["path", new Map(Object.entries(this.params.path))],
        ["querystring", new Map(Object.entries(this.params.querystring))],
        ["header", header],
      ]);
    }
    return this.paramsMap;
  }

  /**
   * `$input.params(x)`: the parameter named x from the path, else the query string, else the headers
   * (header names case-insensitive); an empty string when there is none.
   */
  param(name: string): string {
    const all = this.allParams();
    for (const type of ["path", "querystring", "header"]) {
      const value = all.get(type)?.get(name);
      if (value !== undefined && value !== null) return String(value);
    }
    return "";
  }

  toString(): string {
    return "$input";
  }

  private parse(): unknown {
    if (!this.parsed) {
      try {
        this.document = parseJson(this.text);
      } catch (e) {
        if (e instanceof JsonSyntaxError) throw new VtlBodyParseError(e.message, this.requestId);
        throw e;
      }
      this.parsed = true;
    }
    return this.document;
  }

  private errorOptions(): { requestId?: string } {
    return this.requestId === undefined ? {} : { requestId: this.requestId };
  }
}
