import type { Operation, OperationInput, PlaygroundClient } from "@apigw-playground/client";

/** The client's operation for a route of the model (`client[template][operationId]`), if the client has it. */
export function findOperation(client: PlaygroundClient, template: string, operationId: string): Operation<OperationInput, unknown> | undefined {
  const operations = (client as unknown as Record<string, unknown>)[template];
  if (typeof operations !== "object" || operations === null) return undefined;
  const operation = (operations as Record<string, unknown>)[operationId];
  return typeof operation === "function" && "route" in operation ? (operation as Operation<OperationInput, unknown>) : undefined;
}
