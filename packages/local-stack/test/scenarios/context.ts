import type { LocalStack } from "../../src";

/** Ways a backend is known to depart from AWS in what these scenarios exercise. */
export type KnownDifference =
  /** Query-protocol answers are XML unless the request has a `ContentType=JSON` parameter; `Accept: application/json` is ignored. */
  | "sns-ignores-accept-json"
  /** Delivered events are built by text substitution without JSON escaping: a `"` or `\` in detail-type (or source) makes PutEvents fail with 500 when a rule matches. */
  | "events-unescaped-detail-type"
  /** Delivered events have no `account` member. */
  | "events-no-account-in-delivery"
  /** Sources starting with "aws." are accepted (AWS answers NotAuthorizedForSourceException for the entry). */
  | "events-accepts-aws-sources"
  /** Query/Scan accept `Limit: 0` (DynamoDB answers a ValidationException: Limit must be at least 1). */
  | "dynamodb-accepts-limit-zero";

/** What a scenario suite runs against (like hono's `runTest({ newRouter })`). */
export interface ScenarioContext {
  /** Which AWS services are behind the stack: its own backends, or a moto_server. */
  backend: "embedded" | "moto";
  /** The running stack (started in the test file's beforeAll). */
  stack(): LocalStack;
  /** The backend's known departures from AWS, each with what was observed. */
  known?: Partial<Record<KnownDifference, string>>;
}

/**
 * `it` for behaviour AWS has; where the backend is known to differ, `it.failing` with the
 * difference in the test's name — reported on every run, never skipped silently, and red as soon
 * as the backend starts behaving like AWS (then the difference is dropped from its list).
 */
export function itAsAws(ctx: ScenarioContext, difference: KnownDifference, name: string, fn: () => Promise<void>, timeout?: number): void {
  const observed = ctx.known?.[difference];
  if (observed === undefined) it(name, fn, timeout);
  else it.failing(`${name} [known ${ctx.backend} difference: ${observed}]`, fn, timeout);
}
