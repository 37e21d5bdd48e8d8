import { BackendError } from "../errors/BackendError";

// SQS's JSON protocol names errors `com.amazonaws.sqs#<Shape>` and repeats the legacy Query code in
// `x-amzn-query-error: <code>;Sender`, which the SDKs use to map errors
// (docs: "Interpreting Amazon SQS JSON API responses").

export function queueDoesNotExist(): BackendError {
  return new BackendError("QueueDoesNotExist", "The specified queue does not exist.", {
    queryErrorCode: "AWS.SimpleQueueService.NonExistentQueue",
  });
}

export function queueNameExists(attribute: string): BackendError {
  return new BackendError("QueueNameExists", `A queue already exists with the same name and a different value for attribute ${attribute}`, {
    queryErrorCode: "QueueAlreadyExists",
  });
}

export function invalidParameterValue(message: string): BackendError {
  return new BackendError("InvalidParameterValue", message, { queryErrorCode: "InvalidParameterValue" });
}

export function missingParameter(name: string): BackendError {
  return new BackendError("MissingParameter", `The request must contain the parameter ${name}.`, {
    queryErrorCode: "MissingParameter",
  });
}

export function invalidAttributeName(name: string): BackendError {
  return new BackendError("InvalidAttributeName", `Unknown Attribute ${name}.`, { queryErrorCode: "InvalidAttributeName" });
}

export function invalidAttributeValue(name: string, reason: string): BackendError {
  return new BackendError("InvalidAttributeValue", `Invalid value for the parameter ${name}. Reason: ${reason}`, {
    queryErrorCode: "InvalidAttributeValue",
  });
}

export function receiptHandleIsInvalid(handle: string): BackendError {
  return new BackendError("ReceiptHandleIsInvalid", `The input receipt handle "${handle}" is not a valid receipt handle.`, {
    queryErrorCode: "ReceiptHandleIsInvalid",
  });
}

export function invalidMessageContents(): BackendError {
  return new BackendError(
    "InvalidMessageContents",
    "Invalid characters found. Valid unicode characters are #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF",
    { queryErrorCode: "InvalidMessageContents" },
  );
}

export function purgeQueueInProgress(name: string): BackendError {
  return new BackendError("PurgeQueueInProgress", `Only one PurgeQueue operation on ${name} is allowed every 60 seconds.`, {
    queryErrorCode: "AWS.SimpleQueueService.PurgeQueueInProgress",
    status: 403,
  });
}
