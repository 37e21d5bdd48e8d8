import { LineCounter, parseDocument } from "yaml";
import { isObject, type JsonObject } from "../utils/json";
import { cfnTags } from "./cfn-tags";
import { findPosition, type PathSegment, type SourcePosition } from "./source-position";

/** A syntax error in the template source. */
export interface ParseError extends SourcePosition {
  message: string;
}

/** A parsed template: its JSON form, syntax errors, and a way back to source positions. */
export interface ParsedTemplate {
  /** The template with short-form intrinsics turned into their long form (`{}` when unreadable). */
  template: JsonObject;
  /** YAML/JSON syntax errors; empty when the source parsed. */
  errors: ParseError[];
  /** Source position of the value at `path` (or of its nearest written ancestor). */
  positionOf(path: readonly PathSegment[]): SourcePosition | undefined;
}

/**
 * Parses a CloudFormation/SAM template written in YAML or JSON (JSON is read as YAML flow
 * syntax, so both keep source positions). Short-form tags (`!Ref`, `!Sub`, `!GetAtt`, ...)
 * become long-form intrinsics (`{ Ref: ... }`, `{ "Fn::Sub": ... }`).
 *
 * @example
 * parseCloudFormation("Value: !GetAtt Table.Arn").template
 * // → { Value: { "Fn::GetAtt": ["Table", "Arn"] } }
 */
export function parseCloudFormation(source: string): ParsedTemplate {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { customTags: cfnTags, uniqueKeys: true, lineCounter, prettyErrors: false });
  const errors = document.errors.map((error) => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    return { message: error.message.split("\n")[0]!, line, column: col };
  });
  const value: unknown = errors.length > 0 ? undefined : document.toJS({ maxAliasCount: 1000 });
  if (errors.length === 0 && !isObject(value)) {
    errors.push({ message: "the template must be a mapping with a Resources section", line: 1, column: 1 });
  }
  return {
    template: isObject(value) ? value : {},
    errors,
    positionOf: (path) => findPosition(document.contents, lineCounter, path),
  };
}
