import type { PolicyStatement } from "./policy-statement";

/** IAM's answer for one action on one resource. */
export type PolicyDecision = "allow" | "explicit-deny" | "implicit-deny";

/**
 * IAM's evaluation logic for identity-based policies of one principal: an explicit `Deny` that
 * matches wins, else an `Allow` that matches allows, else the request is implicitly denied
 * ("Policy evaluation logic", IAM user guide). Actions match case-insensitively, resources
 * case-sensitively; `*` and `?` are wildcards in both.
 *
 * Conditions are not evaluated (the local gateway has none of the request context they read): a
 * conditional Allow counts as allowing, a conditional Deny is ignored — the permissive reading.
 */
export function evaluatePolicy(statements: readonly PolicyStatement[], action: string, resource: string): PolicyDecision {
  let allowed = false;
  for (const statement of statements) {
    if (!matchesAction(statement, action) || !matchesResource(statement, resource)) continue;
    if (statement.effect === "Deny") {
      if (!statement.conditional) return "explicit-deny";
    } else {
      allowed = true;
    }
  }
  return allowed ? "allow" : "implicit-deny";
}

function matchesAction(statement: PolicyStatement, action: string): boolean {
  if (statement.actions !== undefined) return statement.actions.some((pattern) => wildcardMatch(pattern, action, true));
  if (statement.notActions !== undefined) return !statement.notActions.some((pattern) => wildcardMatch(pattern, action, true));
  return false;
}

function matchesResource(statement: PolicyStatement, resource: string): boolean {
  if (statement.resources !== undefined) return statement.resources.some((pattern) => wildcardMatch(pattern, resource, false));
  if (statement.notResources !== undefined) return !statement.notResources.some((pattern) => wildcardMatch(pattern, resource, false));
  return false;
}

const compiled = new Map<string, RegExp>();

/** IAM's `*` (any run of characters) and `?` (one character) wildcards. */
export function wildcardMatch(pattern: string, value: string, ignoreCase: boolean): boolean {
  const key = `${ignoreCase ? "i" : "s"}${pattern}`;
  let regex = compiled.get(key);
  if (regex === undefined) {
    const source = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
    regex = new RegExp(`^${source}$`, ignoreCase ? "is" : "s");
    compiled.set(key, regex);
  }
  return regex.test(value);
}
