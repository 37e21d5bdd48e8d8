import type { PlaygroundClientBase } from "../client/PlaygroundClientBase";
import { CloudFormationError } from "../errors/CloudFormationError";
import { requestIdsOf } from "../errors/PlaygroundClientError";
import { StackNotFoundError } from "../errors/StackNotFoundError";
import { describeRequest, type UnsignedRequest } from "../request/buildRequest";
import { encodeRfc3986 } from "../request/encodeRfc3986";
import { parseDescribeStacks, parseQueryError } from "./parseCloudFormationXml";

export interface DescribeStackInput {
  stackName: string;
  /** The template the stack deploys, for the "run sam deploy" hint. */
  template: string;
  endpoint: URL;
  signal?: AbortSignal | undefined;
}

/**
 * A stack's outputs through CloudFormation's Query protocol: a SigV4-signed (service
 * `cloudformation`) form POST of `Action=DescribeStacks&StackName=...&Version=2010-05-15`,
 * answered in XML. Sent through the client's own pools, signer and retries.
 */
export async function describeStackOutputs(
  client: PlaygroundClientBase,
  input: DescribeStackInput,
): Promise<Record<string, string>> {
  const body = `Action=DescribeStacks&StackName=${encodeRfc3986(input.stackName)}&Version=2010-05-15`;
  const request: UnsignedRequest = {
    method: "POST",
    protocol: input.endpoint.protocol,
    host: input.endpoint.host,
    origin: input.endpoint.origin,
    path: input.endpoint.pathname || "/",
    query: [],
    queryString: "",
    headers: {
      "content-type": "application/x-www-form-urlencoded; charset=utf-8",
      accept: "text/xml",
      "user-agent": client.userAgentHeader,
    },
    body,
  };
  // DescribeStacks only reads, so a POST of it is safe to repeat.
  const { response, attempts, totalRetryDelay } = await client.sendSigned("cloudformation", request, {
    signal: input.signal,
    retry: { retryNonIdempotent: true },
  });
  const xml = new TextDecoder().decode(response.body);
  const metadata = { attempts, totalRetryDelay, httpStatusCode: response.status, ...requestIdsOf(response.headers) };
  if (response.status === 200) {
    const stack = parseDescribeStacks(xml)[0];
    if (stack) return stack.outputs;
  }
  const error = parseQueryError(xml);
  // CloudFormation reports a missing stack as a ValidationError "Stack with id X does not exist".
  if (error?.code === "ValidationError" && /does not exist/i.test(error.message)) {
    throw new StackNotFoundError({ stackName: input.stackName, region: client.region, template: input.template, metadata });
  }
  throw new CloudFormationError({
    code: error?.code ?? `Http${response.status}`,
    message: error?.message ?? (xml.slice(0, 200) || "(empty answer)"),
    status: response.status,
    request: `${describeRequest(request)} (DescribeStacks ${input.stackName})`,
    metadata: error?.requestId ? { ...metadata, requestId: error.requestId } : metadata,
  });
}
