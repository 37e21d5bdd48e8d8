import { BackendError } from "../errors/BackendError";

// Step Functions (JSON 1.0) names its errors `com.amazonaws.swf.service.v2.model#<Name>`; model
// validation failures are `com.amazon.coral.validate#ValidationException`.

export function stateMachineDoesNotExist(arn: string): BackendError {
  return new BackendError("StateMachineDoesNotExist", `State Machine Does Not Exist: '${arn}'`);
}

export function stateMachineAlreadyExists(arn: string): BackendError {
  return new BackendError("StateMachineAlreadyExists", `State Machine Already Exists: '${arn}'`);
}

export function executionDoesNotExist(arn: string): BackendError {
  return new BackendError("ExecutionDoesNotExist", `Execution Does Not Exist: '${arn}'`);
}

export function executionAlreadyExists(arn: string): BackendError {
  return new BackendError("ExecutionAlreadyExists", `Execution Already Exists: '${arn}'`);
}

export function invalidDefinition(detail: string): BackendError {
  return new BackendError("InvalidDefinition", `Invalid State Machine Definition: '${detail}'`);
}

export function invalidName(name: string): BackendError {
  return new BackendError("InvalidName", `Invalid Name: '${name}'`);
}

export function invalidArn(arn: string): BackendError {
  return new BackendError("InvalidArn", `Invalid Arn: '${arn}'`);
}

export function invalidExecutionInput(detail: string): BackendError {
  return new BackendError("InvalidExecutionInput", `Invalid State Machine Execution Input: '${detail}'`);
}

export function stateMachineTypeNotSupported(): BackendError {
  return new BackendError("StateMachineTypeNotSupported", "This operation is not supported by this type of state machine");
}
