import type { ServerResponse } from "node:http";
import type { Handler, RecordedRequest } from "./testServer";

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function xml(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { "content-type": "text/xml", "x-amzn-requestid": "cfn-request-1" });
  response.end(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`);
}

function queryError(response: ServerResponse, status: number, code: string, message: string): void {
  xml(
    response,
    status,
    `<ErrorResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><Error><Type>Sender</Type><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error><RequestId>cfn-request-1</RequestId></ErrorResponse>`,
  );
}

/**
 * CloudFormation's DescribeStacks over the Query protocol, for a test server started
 * with service "cloudformation": checks the signature and the form, answers in XML as
 * CloudFormation does (a missing stack is a 400 ValidationError).
 */
export function describeStacksHandler(stacks: Record<string, Record<string, string>>): Handler {
  return (request: RecordedRequest, response: ServerResponse) => {
    if (!request.verdict.valid) {
      queryError(response, 403, "SignatureDoesNotMatch", `The request signature we calculated does not match (${request.verdict.reason})`);
      return;
    }
    const form = new URLSearchParams(request.body.toString());
    if (request.method !== "POST" || form.get("Action") !== "DescribeStacks" || form.get("Version") !== "2010-05-15") {
      queryError(response, 400, "InvalidAction", `Could not find operation ${form.get("Action")} for version ${form.get("Version")}`);
      return;
    }
    const name = form.get("StackName") ?? "";
    const outputs = stacks[name];
    if (!outputs) {
      queryError(response, 400, "ValidationError", `Stack with id ${name} does not exist`);
      return;
    }
    const members = Object.entries(outputs)
      .map(([key, value]) => `<member><OutputKey>${escapeXml(key)}</OutputKey><OutputValue>${escapeXml(value)}</OutputValue></member>`)
      .join("");
    xml(
      response,
      200,
      `<DescribeStacksResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><DescribeStacksResult><Stacks><member>` +
        `<StackName>${escapeXml(name)}</StackName><StackId>arn:aws:cloudformation:us-east-1:123456789012:stack/${escapeXml(name)}/1</StackId>` +
        `<StackStatus>CREATE_COMPLETE</StackStatus><Outputs>${members}</Outputs></member></Stacks></DescribeStacksResult>` +
        `<ResponseMetadata><RequestId>cfn-request-1</RequestId></ResponseMetadata></DescribeStacksResponse>`,
    );
  };
}
