import { PlaygroundClientError } from "./PlaygroundClientError";

/** The stack exists but has no `ApiUrl` output to take the base URL from. */
export class StackOutputMissingError extends PlaygroundClientError {
  static override readonly kind = "StackOutputMissingError";

  readonly stackName: string;
  readonly outputKey: string;

  constructor(init: { stackName: string; region: string; outputKey: string; found: string[] }) {
    super(
      "StackOutputMissingError",
      `Stack ${init.stackName} in ${init.region} has no ${init.outputKey} output` +
        ` (outputs: ${init.found.length > 0 ? init.found.join(", ") : "none"}): deploy the current template, or pass endpoints explicitly.`,
      { fault: "client" },
    );
    this.stackName = init.stackName;
    this.outputKey = init.outputKey;
  }
}
