// Generated from templates/*/template.yaml by @apigw-playground/codegen — do not edit.
import type { TemplateRegistry } from "../runtime";
import { createDynamodbOperations } from "./dynamodb";
import { createEventsOperations } from "./events";
import { createHttpOperations } from "./http";
import { createMockOperations } from "./mock";
import { createS3Operations } from "./s3";
import { createSfnOperations } from "./sfn";
import { createSnsOperations } from "./sns";
import { createVpclinkOperations } from "./vpclink";

/** Template name → the factory of its operations: one `client.<template>` property each. */
export const templates = {
  dynamodb: createDynamodbOperations,
  events: createEventsOperations,
  http: createHttpOperations,
  mock: createMockOperations,
  s3: createS3Operations,
  sfn: createSfnOperations,
  sns: createSnsOperations,
  vpclink: createVpclinkOperations,
} as const satisfies TemplateRegistry;

export type * as dynamodb from "./dynamodb";
export type * as events from "./events";
export type * as http from "./http";
export type * as mock from "./mock";
export type * as s3 from "./s3";
export type * as sfn from "./sfn";
export type * as sns from "./sns";
export type * as vpclink from "./vpclink";
