import { CodegenError } from "./CodegenError";

/**
 * A template the client cannot be generated from as it is (two REST APIs in one template, a
 * template name the generated files or the client already use). The message says what to change.
 */
export class UnsupportedTemplateError extends CodegenError {
  /** The template's short name (`dynamodb`). */
  readonly template: string;

  constructor(template: string, message: string) {
    super("ValidationError", message, { fault: "client", httpStatusCode: 400 });
    this.template = template;
  }
}
