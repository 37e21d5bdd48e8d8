import type { ScenarioContext } from "./context";
import { dynamodbScenarios } from "./dynamodb.case";
import { eventsScenarios } from "./events.case";
import { s3Scenarios } from "./s3.case";
import { snsScenarios } from "./sns.case";

/**
 * The scenarios every AWS-compatible backend must pass through the stack — the embedded backends
 * and moto_server alike (one suite, run against each, as hono runs `runTest({ newRouter })` against
 * every router).
 */
export function runServiceScenarios(ctx: ScenarioContext): void {
  dynamodbScenarios(ctx);
  s3Scenarios(ctx);
  snsScenarios(ctx);
  eventsScenarios(ctx);
}
