import { PlaygroundClientError, type ResponseMetadata } from "./PlaygroundClientError";

/** CloudFormation refused DescribeStacks for another reason than a missing stack. `name` is its error code. */
export class CloudFormationError extends PlaygroundClientError {
  static override readonly kind = "CloudFormationError";

  readonly code: string;

  constructor(init: { code: string; message: string; status: number; request: string; metadata: Partial<ResponseMetadata> }) {
    super(
      init.code,
      `CloudFormation answered ${init.status} ${init.code} to ${init.request}: ${init.message}` +
        (init.status === 403 ? " Check the credentials and that they allow cloudformation:DescribeStacks." : ""),
      { fault: init.status >= 500 ? "server" : "client", metadata: { httpStatusCode: init.status, ...init.metadata } },
    );
    this.code = init.code;
  }
}
