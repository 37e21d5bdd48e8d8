import { RouteError } from "../errors/RouteError";
import type { Empty, ErrorBodies, Invoker, Operation, OperationArgs, OperationInput, RouteDescriptor } from "./contract";

/**
 * Bind one route of one template to an invoker: the typed method generated code
 * exposes, e.g. `getItem: defineOperation<GetItemInput, Item, { 404: NotFound }>(invoker, "dynamodb", getItemRoute)`.
 */
export function defineOperation<TInput extends OperationInput | undefined, TOutput, TErrors extends ErrorBodies = Empty>(
  invoker: Invoker,
  template: string,
  route: RouteDescriptor,
): Operation<TInput, TOutput, TErrors> {
  const call = (...[input, options]: OperationArgs<TInput>) =>
    invoker.invoke<TOutput>(template, route, input as OperationInput | undefined, options);
  return Object.assign(call, { template, route });
}

/**
 * Whether `error` is a RouteError from this operation (and with this status, when given),
 * narrowing its body to the declared type.
 *
 * @example
 * try { await client.dynamodb.getItem({ path: { id } }) }
 * catch (error) { if (isRouteError(error, client.dynamodb.getItem, 404)) console.log(error.body.message) }
 */
export function isRouteError<TErrors extends ErrorBodies, TStatus extends keyof TErrors & number>(
  error: unknown,
  operation: Operation<never, unknown, TErrors>,
  status?: TStatus,
): error is RouteError<TErrors[TStatus]> & { status: TStatus } {
  return (
    error instanceof RouteError &&
    error.template === operation.template &&
    error.operationId === operation.route.operationId &&
    (status === undefined || error.status === status)
  );
}
