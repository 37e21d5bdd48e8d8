/**
 * Type names a generated module may not declare: what it imports from the runtime and the
 * global types a reader (or the module itself, `Record`) expects to keep their meaning.
 */
export const reservedTypeNames: ReadonlySet<string> = new Set([
  // What generated modules import from ../runtime.
  "BinaryBody",
  "BinaryResult",
  "HttpMethod",
  "Invoker",
  "RouteDescriptor",
  "TemplateRegistry",
  "defineOperation",
  // Global types and utility types.
  "AbortSignal",
  "Array",
  "ArrayBuffer",
  "Awaited",
  "BigInt",
  "Blob",
  "Boolean",
  "Buffer",
  "Date",
  "Error",
  "Exclude",
  "Extract",
  "Function",
  "Headers",
  "Iterable",
  "JSON",
  "Map",
  "Math",
  "NonNullable",
  "Number",
  "Object",
  "Omit",
  "Parameters",
  "Partial",
  "Pick",
  "Promise",
  "Readable",
  "Readonly",
  "ReadonlyArray",
  "Record",
  "RegExp",
  "Request",
  "Required",
  "Response",
  "ReturnType",
  "Set",
  "String",
  "Symbol",
  "URL",
  "Uint8Array",
]);

/**
 * The type names of one generated module. Each name is claimed once; a reserved name gets a
 * `Model` suffix (`Error` → `ErrorModel`) and a taken one a number (`PutItemInput2`).
 */
export class TypeNames {
  private readonly taken = new Set<string>();

  /** Claim `preferred`, or the nearest free variant of it. */
  claim(preferred: string): string {
    const base = reservedTypeNames.has(preferred) ? `${preferred}Model` : preferred;
    let name = base;
    for (let n = 2; this.taken.has(name) || reservedTypeNames.has(name); n++) name = `${base}${n}`;
    this.taken.add(name);
    return name;
  }
}
