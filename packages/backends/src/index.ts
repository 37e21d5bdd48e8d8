export { startSqs, type SqsBackend, type SqsDeliveryInput } from "./sqs/startSqs";
export { BackendError, type BackendErrorMetadata } from "./errors/BackendError";
export { defaultBackendOptions } from "./options";
export type { Backend, BackendOptions, ReceivedListener, ReceivedRequest, ServiceName } from "./types";
export { serviceNames } from "./types";
