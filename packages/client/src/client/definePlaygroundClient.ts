import { cloudFormationEndpoint } from "../cloudformation/cloudFormationEndpoint";
import { describeStackOutputs } from "../cloudformation/describeStackOutputs";
import { ConfigurationError } from "../errors/ConfigurationError";
import { StackOutputMissingError } from "../errors/StackOutputMissingError";
import type { TemplateClients, TemplateRegistry } from "../runtime/contract";
import type { FromStacksOptions, PlaygroundClientOptions } from "./options";
import { PlaygroundClientBase } from "./PlaygroundClientBase";

/** A client with one property per template of the registry: `client.dynamodb.putItem(...)`. */
export type PlaygroundClientOf<R extends TemplateRegistry> = PlaygroundClientBase & TemplateClients<R>;

/** What `definePlaygroundClient` returns: a constructor plus `fromStacks`. */
export interface PlaygroundClientClass<R extends TemplateRegistry> {
  new (options: PlaygroundClientOptions<keyof R & string>): PlaygroundClientOf<R>;
  /**
   * Build a client whose endpoints are the `ApiUrl` outputs of deployed stacks, read with
   * CloudFormation DescribeStacks (signed with the same credentials).
   *
   * @example
   * const client = await PlaygroundClient.fromStacks({ region: "us-east-1", stacks: { dynamodb: "apigw-playground-dynamodb" } });
   */
  fromStacks(options: FromStacksOptions<keyof R & string>): Promise<PlaygroundClientOf<R>>;
  /** The registry the class was built from. */
  readonly templates: R;
}

/**
 * Make the PlaygroundClient class of a template registry (what src/generated/index.ts
 * exports as `templates`): each instance gets one property per template holding the
 * operations its factory builds on the instance.
 *
 * @example
 * export const PlaygroundClient = definePlaygroundClient(templates);
 * const client = new PlaygroundClient({ region: "us-east-1", endpoints: { dynamodb: "http://127.0.0.1:4510/v1" } });
 * await client.dynamodb.getItem({ path: { id: "1" } });
 */
export function definePlaygroundClient<R extends TemplateRegistry>(templates: R): PlaygroundClientClass<R> {
  class Client extends PlaygroundClientBase {
    static readonly templates = templates;

    constructor(options: PlaygroundClientOptions) {
      super(options);
      for (const [name, factory] of Object.entries(templates)) {
        // A template named like one of the client's own members would replace it.
        if (name in this) throw new ConfigurationError(`A template cannot be named ${name}: PlaygroundClient uses that name.`);
        Object.defineProperty(this, name, { value: factory(this), enumerable: true });
      }
    }

    static async fromStacks(options: FromStacksOptions): Promise<Client> {
      const client = new Client(options);
      try {
        const endpoint = cloudFormationEndpoint(options.region, options.cloudFormationEndpoint);
        const outputKey = options.outputKey ?? "ApiUrl";
        const entries = Object.entries(options.stacks).filter(
          (entry): entry is [string, string] => entry[1] !== undefined && options.endpoints?.[entry[0]] === undefined,
        );
        const found = await Promise.all(
          entries.map(async ([template, stackName]) => {
            const outputs = await describeStackOutputs(client, { stackName, template, endpoint, signal: options.signal });
            const url = outputs[outputKey];
            if (url === undefined) {
              throw new StackOutputMissingError({ stackName, region: options.region, outputKey, found: Object.keys(outputs) });
            }
            return [template, url] as const;
          }),
        );
        for (const [template, url] of found) client.setEndpoint(template, url);
        return client;
      } catch (error) {
        await client.close();
        throw error;
      }
    }
  }

  return Client as unknown as PlaygroundClientClass<R>;
}
