import { VtlRenderError } from "../errors/VtlRenderError";
import { toJavaString } from "../java/toJavaString";
import { type HostObject, NO_METHOD } from "../java/values";
import { JsonSyntaxError, parseJson } from "../json/parseJson";
import { base64Decode, base64Encode } from "./base64";
import { escapeJavaScript } from "./escapeJavaScript";
import { UrlDecodeError, urlDecode, urlEncode } from "./urlEncode";

/**
 * `$util`: API Gateway's six utility functions. Arguments that are not strings are converted with
 * Java's toString() first; a null argument gives null.
 */
export class UtilVariable implements HostObject {
  vtlProperty(): unknown {
    return undefined;
  }

  vtlMethod(name: string, args: unknown[]): unknown {
    if (args.length !== 1) return NO_METHOD;
    const [arg] = args;
    if (arg === null || arg === undefined) return undefined;
    const s = toJavaString(arg);
    switch (name) {
      case "escapeJavaScript":
        return escapeJavaScript(s);
      case "parseJson":
        try {
          return parseJson(s);
        } catch (e) {
          if (e instanceof JsonSyntaxError) throw new VtlRenderError(`$util.parseJson: invalid JSON: ${e.message}`);
          throw e;
        }
      case "urlEncode":
        return urlEncode(s);
      case "urlDecode":
        try {
          return urlDecode(s);
        } catch (e) {
          if (e instanceof UrlDecodeError) throw new VtlRenderError(`$util.urlDecode: ${e.message}`);
          throw e;
        }
      case "base64Encode":
        return base64Encode(s);
      case "base64Decode":
        return base64Decode(s);
    }
    return NO_METHOD;
  }

  toString(): string {
    return "$util";
  }
}
