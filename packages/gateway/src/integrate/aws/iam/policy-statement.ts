/** One statement of an identity-based policy, normalised. */
export interface PolicyStatement {
  effect: "Allow" | "Deny";
  /** `Action`, or undefined when the statement uses `NotAction`. */
  actions?: string[];
  notActions?: string[];
  /** `Resource`, or undefined when the statement uses `NotResource`. */
  resources?: string[];
  notResources?: string[];
  /** The statement has a `Condition` block (not evaluated locally: see `evaluatePolicy`). */
  conditional: boolean;
}

/**
 * Reads a policy document (`{"Version", "Statement": [...] | {...}}`) as written in a template.
 * Statements that are not objects or have no recognisable effect are skipped.
 */
export function readPolicyStatements(document: unknown): PolicyStatement[] {
  if (!isRecord(document)) return [];
  const raw = document.Statement;
  const statements = Array.isArray(raw) ? raw : [raw];
  const out: PolicyStatement[] = [];
  for (const statement of statements) {
    if (!isRecord(statement)) continue;
    const effect = statement.Effect;
    if (effect !== "Allow" && effect !== "Deny") continue;
    const read: PolicyStatement = { effect, conditional: statement.Condition !== undefined };
    const actions = strings(statement.Action);
    const notActions = strings(statement.NotAction);
    const resources = strings(statement.Resource);
    const notResources = strings(statement.NotResource);
    if (actions !== undefined) read.actions = actions;
    if (notActions !== undefined) read.notActions = notActions;
    if (resources !== undefined) read.resources = resources;
    if (notResources !== undefined) read.notResources = notResources;
    out.push(read);
  }
  return out;
}

function strings(value: unknown): string[] | undefined {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
