import { RoutesError } from "./RoutesError";

/** A template file, or the templates directory, does not exist where it was looked for. */
export class TemplateNotFoundError extends RoutesError {
  constructor(message: string) {
    super("NotFoundException", message, { fault: "client", httpStatusCode: 404 });
  }
}
