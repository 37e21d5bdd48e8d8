import type { OperationInput, PlaygroundClient } from "@apigw-playground/client";
import type { RouteModel, TemplateModel } from "@apigw-playground/routes";
import { CheckFailedError } from "../errors/CheckFailedError";
import { StepFailedError } from "../errors/StepFailedError";
import { checkExpectedError, failureOf, type ScenarioSteps, successStatusOf } from "../run/ScenarioSteps";
import { findOperation } from "./findOperation";
import { messageOf } from "./messageOf";

/** What the security checks need. */
export interface SecurityContext {
  client: PlaygroundClient;
  /** The same endpoints and access key id, signing with a wrong secret. */
  wrongSecretClient: PlaygroundClient;
  steps: ScenarioSteps;
  /** The templates being run; the checks pick their routes from these. */
  templates: readonly TemplateModel[];
}

/** A route of the model together with its template's name. */
interface PickedRoute {
  template: string;
  route: RouteModel;
}

// The value put in path parameters: requests API Gateway refuses never reach the integration.
const PATH_VALUE = "security-check";

/**
 * API Gateway's own refusals, on routes picked from the route model (not hard-coded): an
 * unsigned request to an AWS_IAM route (403 Missing Authentication Token), the same request
 * signed with a wrong secret (403 signature mismatch), a body that fails the route's request
 * validator (400), and, as the contrast, an unsigned request to a route without auth (the CORS
 * preflight) that is answered. Returns notes for checks no template being run can show.
 */
export async function runSecurityChecks(context: SecurityContext): Promise<string[]> {
  const { client, wrongSecretClient, steps, templates } = context;
  const notes: string[] = [];
  const routes = templates.flatMap((template) => template.apis.flatMap((api) => api.routes.map((route) => ({ template: template.name, route }))));
  const signed = routes.find(({ route }) => route.auth.type === "AWS_IAM" && !route.auth.apiKeyRequired && route.method === "GET" && !needsMoreThanPath(route));
  const validated = routes.find(({ route }) => route.auth.type === "AWS_IAM" && !route.auth.apiKeyRequired && requiredBodyFields(route).length > 0);
  const open = routes.find(({ route }) => route.auth.type === "NONE");

  const checks: (() => Promise<void>)[] = [];
  if (signed) {
    checks.push(() => unsignedRequest(client, steps, signed));
    checks.push(() => wrongSecret(client, wrongSecretClient, steps, signed));
  } else notes.push("No template being run has a signed GET route without query parameters: the unsigned and wrong-secret checks did not run.");
  if (validated) checks.push(() => badBody(client, steps, validated));
  else notes.push("No template being run has a route that validates a JSON body: the bad-body check did not run.");
  if (open) checks.push(() => openRoute(client, steps, open));

  // Independent checks: a failure is recorded as a result and the others still run.
  for (const check of checks) {
    try {
      await check();
    } catch (error) {
      if (!(error instanceof StepFailedError)) throw error;
    }
  }
  return notes;
}

async function unsignedRequest(client: PlaygroundClient, steps: ScenarioSteps, picked: PickedRoute): Promise<void> {
  const url = urlOf(client, picked);
  await steps.run("unsigned request", stepRoute(picked), 403, async () => {
    const response = await fetch(url, { method: picked.route.method });
    const body: unknown = await response.json().catch(() => undefined);
    const errorType = response.headers.get("x-amzn-errortype")?.split(":")[0];
    if (errorType === undefined) throw new CheckFailedError(`answered ${response.status} without x-amzn-ErrorType: the request got past API Gateway`);
    return { value: undefined, status: response.status, detail: `${response.status} ${errorType}: ${messageOf(body)}` };
  });
}

async function wrongSecret(client: PlaygroundClient, wrongSecretClient: PlaygroundClient, steps: ScenarioSteps, picked: PickedRoute): Promise<void> {
  const descriptor = descriptorOf(client, picked);
  await steps.run("wrong secret", stepRoute(picked), 403, async () => {
    const error = await failureOf(() => wrongSecretClient.invoke(picked.template, descriptor, { path: pathValues(picked.route) }, { maxAttempts: 1 }));
    const refused = checkExpectedError(error, { status: 403, errorType: "InvalidSignatureException" });
    return { value: undefined, detail: `403 InvalidSignatureException: ${firstSentence(messageOf(refused.body))}` };
  });
}

async function badBody(client: PlaygroundClient, steps: ScenarioSteps, picked: PickedRoute): Promise<void> {
  const descriptor = descriptorOf(client, picked);
  const missing = requiredBodyFields(picked.route);
  await steps.run("bad body", stepRoute(picked), 400, async () => {
    // An empty object: every required field of the route's model is missing.
    const input: OperationInput = { path: pathValues(picked.route), body: {} };
    const error = await failureOf(() => client.invoke(picked.template, descriptor, input, { maxAttempts: 1 }));
    const refused = checkExpectedError(error, { status: 400 });
    return { value: undefined, detail: `400 ${messageOf(refused.body)} (request validator; missing ${missing.join(", ")})` };
  });
}

async function openRoute(client: PlaygroundClient, steps: ScenarioSteps, picked: PickedRoute): Promise<void> {
  const url = urlOf(client, picked);
  const expected = successStatusOf(descriptorOf(client, picked));
  await steps.run("unsigned, no auth", stepRoute(picked), expected, async () => {
    // What a browser sends before a cross-origin call: unsigned, with Origin and the method it wants.
    const response = await fetch(url, { method: picked.route.method, headers: { origin: "https://example.com", "access-control-request-method": "GET" } });
    await response.arrayBuffer();
    return { value: undefined, status: response.status, detail: `${response.status}: a route with no auth (${picked.route.method} ${picked.route.path}) answers unsigned requests` };
  });
}

function stepRoute(picked: PickedRoute) {
  return { template: picked.template, route: { operationId: picked.route.operationId, method: picked.route.method, path: picked.route.path } };
}

function descriptorOf(client: PlaygroundClient, picked: PickedRoute) {
  const operation = findOperation(client, picked.template, picked.route.operationId);
  if (!operation) throw new CheckFailedError(`the client has no ${picked.template}.${picked.route.operationId}: regenerate it (pnpm generate)`);
  return operation.route;
}

function urlOf(client: PlaygroundClient, picked: PickedRoute): string {
  const base = client.endpoint(picked.template);
  if (!base) throw new CheckFailedError(`no endpoint for ${picked.template}`);
  const path = picked.route.path.replace(/\{([^}+]+)\+?\}/g, () => encodeURIComponent(PATH_VALUE));
  return `${base.href.replace(/\/$/, "")}${path}`;
}

function pathValues(route: RouteModel): Record<string, string> {
  return Object.fromEntries(route.parameters.filter((parameter) => parameter.in === "path").map((parameter) => [parameter.name, PATH_VALUE]));
}

function needsMoreThanPath(route: RouteModel): boolean {
  return route.parameters.some((parameter) => parameter.in !== "path" && parameter.required) || route.requestBody?.required === true;
}

/** The required top-level fields of the route's JSON body model, when a validator checks bodies. */
function requiredBodyFields(route: RouteModel): string[] {
  if (route.validator?.validateRequestBody !== true) return [];
  const schema = route.requestBody?.content["application/json"]?.schema;
  const required = schema?.["required"];
  return Array.isArray(required) ? required.map(String) : [];
}

function firstSentence(text: string): string {
  const end = text.indexOf(". ");
  return end === -1 ? text : text.slice(0, end + 1);
}
