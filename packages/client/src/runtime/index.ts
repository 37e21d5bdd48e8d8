// What generated modules import: `import { defineOperation, type RouteDescriptor } from "../runtime";`
export type {
  BinaryBody,
  BinaryResult,
  BodyDescriptor,
  CallOptions,
  Empty,
  ErrorBodies,
  HttpMethod,
  Invoker,
  NamedParamDescriptor,
  Operation,
  OperationArgs,
  OperationInput,
  PathParamDescriptor,
  QueryValue,
  ResponseDescriptor,
  RouteDescriptor,
  TemplateClients,
  TemplateFactory,
  TemplateRegistry,
} from "./contract";
export { defineOperation, isRouteError } from "./defineOperation";
