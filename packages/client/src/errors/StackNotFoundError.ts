import { PlaygroundClientError, type ResponseMetadata } from "./PlaygroundClientError";

/** `PlaygroundClient.fromStacks` asked CloudFormation for a stack that does not exist. */
export class StackNotFoundError extends PlaygroundClientError {
  static override readonly kind = "StackNotFoundError";

  readonly stackName: string;
  readonly region: string;

  constructor(init: { stackName: string; region: string; template: string; metadata: Partial<ResponseMetadata> }) {
    super(
      "StackNotFoundError",
      `Stack ${init.stackName} not found in ${init.region}: run \`sam deploy --config-env ${init.template}\`.`,
      { fault: "client", metadata: init.metadata },
    );
    this.stackName = init.stackName;
    this.region = init.region;
  }
}
