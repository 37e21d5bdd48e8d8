import { BackendError } from "../errors/BackendError";

// SNS error codes as the Query protocol carries them (`<Code>`), from the SNS API reference:
// InvalidParameterException → `InvalidParameter`, InvalidParameterValueException →
// `ParameterValueInvalid`, NotFoundException → `NotFound` (404).

export function invalidParameter(message: string): BackendError {
  return new BackendError("InvalidParameter", message);
}

export function parameterValueInvalid(message: string): BackendError {
  return new BackendError("ParameterValueInvalid", message);
}

export function topicNotFound(): BackendError {
  return new BackendError("NotFound", "Topic does not exist", { status: 404 });
}

export function subscriptionNotFound(): BackendError {
  return new BackendError("NotFound", "Subscription does not exist", { status: 404 });
}

/** A required parameter is absent: SNS answers with the model-validation wording. */
export function missingValue(member: string): BackendError {
  return new BackendError("ValidationError", `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`);
}
