import type { ResponseModel } from "@apigw-playground/routes";

/** A JSON response (route models themselves come from `@apigw-playground/routes/testing`). */
export function json(statusCode: string, schema: Record<string, unknown> | undefined, modelName?: string): ResponseModel {
  return {
    statusCode,
    headers: {},
    content: { "application/json": { ...(schema === undefined ? {} : { schema }), ...(modelName === undefined ? {} : { modelName }) } },
  };
}
