import type { BackendError } from "../errors/BackendError";
import type { JsonInput } from "./awsJsonProtocol";

/** Reads an optional string member; a member of another type is answered with `invalid(name)`. */
export function optionalString(input: JsonInput, name: string, invalid: (name: string) => BackendError): string | undefined {
  const value = input[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw invalid(name);
  return value;
}

/** Reads a required, non-empty string member. */
export function requiredString(input: JsonInput, name: string, missing: (name: string) => BackendError): string {
  const value = optionalString(input, name, missing);
  if (value === undefined || value === "") throw missing(name);
  return value;
}

/** Reads an optional integer member (JSON number). */
export function optionalInteger(input: JsonInput, name: string, invalid: (name: string) => BackendError): number | undefined {
  const value = input[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value)) throw invalid(name);
  return value;
}

/** Reads an optional list of strings. */
export function optionalStringList(input: JsonInput, name: string, invalid: (name: string) => BackendError): string[] | undefined {
  const value = input[name];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || !value.every((item) => typeof item === "string")) throw invalid(name);
  return value as string[];
}

/** Reads an optional string→string map. */
export function optionalStringMap(input: JsonInput, name: string, invalid: (name: string) => BackendError): Record<string, string> | undefined {
  const value = input[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "object" || Array.isArray(value) || !Object.values(value).every((item) => typeof item === "string")) throw invalid(name);
  return value as Record<string, string>;
}
