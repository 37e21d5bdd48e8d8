import { XMLParser } from "fast-xml-parser";

// Query-protocol answers are XML; `member` is the list element and may appear once.
// parseTagValue: false keeps "0123" a string; entities (&amp;) are decoded.
const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  isArray: (tagName) => tagName === "member",
});

type Node = Record<string, unknown>;

const child = (node: unknown, name: string): unknown =>
  typeof node === "object" && node !== null ? (node as Node)[name] : undefined;
const text = (node: unknown): string | undefined => (typeof node === "string" ? node : undefined);
const members = (node: unknown): unknown[] => {
  const list = child(node, "member");
  return Array.isArray(list) ? list : [];
};

export interface StackDescription {
  stackName: string;
  status: string | undefined;
  /** OutputKey → OutputValue */
  outputs: Record<string, string>;
}

/** The stacks of a DescribeStacks answer (`DescribeStacksResponse/DescribeStacksResult/Stacks/member`). */
export function parseDescribeStacks(xml: string): StackDescription[] {
  const result = child(child(parser.parse(xml), "DescribeStacksResponse"), "DescribeStacksResult");
  return members(child(result, "Stacks")).map((stack) => {
    const outputs: Record<string, string> = {};
    for (const output of members(child(stack, "Outputs"))) {
      const key = text(child(output, "OutputKey"));
      if (key !== undefined) outputs[key] = text(child(output, "OutputValue")) ?? "";
    }
    return {
      stackName: text(child(stack, "StackName")) ?? "",
      status: text(child(stack, "StackStatus")),
      outputs,
    };
  });
}

export interface QueryError {
  code: string;
  message: string;
  requestId: string | undefined;
}

/** The error of a Query-protocol answer (`ErrorResponse/Error/{Code,Message}`), if it is one. */
export function parseQueryError(xml: string): QueryError | undefined {
  let document: unknown;
  try {
    document = parser.parse(xml);
  } catch (error) {
    // Not XML at all (a proxy's HTML page, say): the caller reports the raw status.
    if (error instanceof Error) return undefined;
    throw error;
  }
  const response = child(document, "ErrorResponse");
  const code = text(child(child(response, "Error"), "Code"));
  if (code === undefined) return undefined;
  return {
    code,
    message: text(child(child(response, "Error"), "Message")) ?? "",
    requestId: text(child(response, "RequestId")),
  };
}
