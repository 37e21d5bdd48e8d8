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
