import type { OperationEntry } from "../extract/operations";
import type { PathSegment } from "../parse/source-position";

/**
 * Every operation has an `operationId`, unique across the template: the generated client uses
 * it as the method name.
 */
export function checkOperationIds(
  operations: OperationEntry[],
  report: (path: readonly PathSegment[], message: string) => void,
): void {
  const seen = new Map<string, string>();
  for (const entry of operations) {
    const id = entry.operation.operationId;
    const at = [...entry.at, "operationId"];
    if (typeof id !== "string" || id.trim() === "") {
      report(at, "operationId is required: the generated client uses it as the method name");
      continue;
    }
    const first = seen.get(id);
    if (first !== undefined) report(at, `operationId ${id} is already used by ${first}; operationIds must be unique`);
    else seen.set(id, entry.label);
  }
}
