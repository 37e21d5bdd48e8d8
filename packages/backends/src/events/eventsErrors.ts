import { BackendError } from "../errors/BackendError";

// EventBridge (JSON 1.1) names its errors without a namespace: `{"__type":"ResourceNotFoundException"}`.

export function resourceNotFound(message: string): BackendError {
  return new BackendError("ResourceNotFoundException", message);
}

export function resourceAlreadyExists(message: string): BackendError {
  return new BackendError("ResourceAlreadyExistsException", message);
}

export function invalidEventPattern(reason: string): BackendError {
  return new BackendError("InvalidEventPatternException", `Event pattern is not valid. Reason: ${reason}`);
}

export function eventsValidation(message: string): BackendError {
  return new BackendError("ValidationException", message);
}

export function limitExceeded(message: string): BackendError {
  return new BackendError("LimitExceededException", message);
}
