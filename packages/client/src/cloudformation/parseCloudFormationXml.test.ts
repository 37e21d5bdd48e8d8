import { parseDescribeStacks, parseQueryError } from "./parseCloudFormationXml";

// The shape of CloudFormation's DescribeStacks answer (Query protocol, XML).
const describe2 = `<DescribeStacksResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/">
  <DescribeStacksResult>
    <Stacks>
      <member>
        <StackId>arn:aws:cloudformation:us-east-1:123456789012:stack/apigw-playground-s3/abc</StackId>
        <StackName>apigw-playground-s3</StackName>
        <StackStatus>UPDATE_COMPLETE</StackStatus>
        <Parameters><member><ParameterKey>StageName</ParameterKey><ParameterValue>v1</ParameterValue></member></Parameters>
        <Outputs>
          <member>
            <Description>Invoke URL of the stage.</Description>
            <OutputKey>ApiUrl</OutputKey>
            <OutputValue>https://abc123.execute-api.us-east-1.amazonaws.com/v1</OutputValue>
          </member>
          <member><OutputKey>Port</OutputKey><OutputValue>0443</OutputValue></member>
          <member><OutputKey>Query</OutputKey><OutputValue>a=1&amp;b=&lt;2&gt;</OutputValue></member>
        </Outputs>
      </member>
    </Stacks>
  </DescribeStacksResult>
  <ResponseMetadata><RequestId>b9b4b068-3a41-11e5-94eb-example</RequestId></ResponseMetadata>
</DescribeStacksResponse>`;

describe("parseDescribeStacks", () => {
  test("reads the outputs as strings, entities decoded, leading zeros kept", () => {
    expect(parseDescribeStacks(describe2)).toEqual([
      {
        stackName: "apigw-playground-s3",
        status: "UPDATE_COMPLETE",
        outputs: {
          ApiUrl: "https://abc123.execute-api.us-east-1.amazonaws.com/v1",
          Port: "0443",
          Query: "a=1&b=<2>",
        },
      },
    ]);
  });

  test("a stack without outputs has none", () => {
    const xml = "<DescribeStacksResponse><DescribeStacksResult><Stacks><member><StackName>s</StackName></member></Stacks></DescribeStacksResult></DescribeStacksResponse>";
    expect(parseDescribeStacks(xml)).toEqual([{ stackName: "s", status: undefined, outputs: {} }]);
  });
});

describe("parseQueryError", () => {
  test("reads code, message and request id", () => {
    const xml = `<ErrorResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/">
      <Error><Type>Sender</Type><Code>ValidationError</Code><Message>Stack with id x does not exist</Message></Error>
      <RequestId>42</RequestId></ErrorResponse>`;
    expect(parseQueryError(xml)).toEqual({ code: "ValidationError", message: "Stack with id x does not exist", requestId: "42" });
  });

  test("is undefined for anything else", () => {
    expect(parseQueryError("<html><body>Bad gateway</body></html>")).toBeUndefined();
    expect(parseQueryError("")).toBeUndefined();
  });
});
