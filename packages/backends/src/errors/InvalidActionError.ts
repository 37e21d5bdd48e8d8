import { BackendError } from "./BackendError";

/** A Query-protocol request whose `Action` the service does not know (AWS: 400 `InvalidAction`). */
export class InvalidActionError extends BackendError {
  constructor(action: string) {
    super("InvalidAction", `The action ${action} is not valid for this web service.`);
  }
}
