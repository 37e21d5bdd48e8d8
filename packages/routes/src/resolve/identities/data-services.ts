import { arn, type DescribeIdentity, physicalName } from "./identity";

/** DynamoDB, S3, SNS, SQS, EventBridge, Step Functions, CloudWatch Logs, Lambda and Kinesis. */
export const dataServiceIdentities: Record<string, DescribeIdentity> = {
  "AWS::DynamoDB::Table": (input) => {
    const name = physicalName(input, input.properties.TableName, { maxLength: 255 });
    const tableArn = arn(input, "dynamodb", `table/${name}`);
    const attributes: Record<string, string> = { Arn: tableArn };
    // StreamArn exists only when the table has a stream; asking for it otherwise fails in CloudFormation too.
    if (input.properties.StreamSpecification !== undefined) {
      attributes.StreamArn = `${tableArn}/stream/1970-01-01T00:00:00.000`;
    }
    return { physicalId: name, attributes };
  },

  "AWS::S3::Bucket": (input) => {
    const name = physicalName(input, input.properties.BucketName, { maxLength: 63, lowercase: true });
    const { region, urlSuffix } = input.pseudo;
    return {
      physicalId: name,
      attributes: {
        // Bucket ARNs carry neither region nor account.
        Arn: `arn:${input.pseudo.partition}:s3:::${name}`,
        DomainName: `${name}.s3.${urlSuffix}`,
        RegionalDomainName: `${name}.s3.${region}.${urlSuffix}`,
        DualStackDomainName: `${name}.s3.dualstack.${region}.${urlSuffix}`,
        WebsiteURL: `http://${name}.s3-website-${region}.${urlSuffix}`,
      },
    };
  },

  "AWS::SNS::Topic": (input) => {
    const fifo = input.properties.FifoTopic === true || input.properties.FifoTopic === "true";
    const name = physicalName(input, input.properties.TopicName, { maxLength: 256, suffix: fifo ? ".fifo" : "" });
    const topicArn = arn(input, "sns", name);
    return { physicalId: topicArn, attributes: { TopicArn: topicArn, TopicName: name } };
  },

  "AWS::SQS::Queue": (input) => {
    const fifo = input.properties.FifoQueue === true || input.properties.FifoQueue === "true";
    const name = physicalName(input, input.properties.QueueName, { maxLength: 80, suffix: fifo ? ".fifo" : "" });
    const url = `https://sqs.${input.pseudo.region}.${input.pseudo.urlSuffix}/${input.pseudo.accountId}/${name}`;
    return { physicalId: url, attributes: { Arn: arn(input, "sqs", name), QueueName: name, QueueUrl: url } };
  },

  "AWS::Events::EventBus": (input) => {
    const name = physicalName(input, input.properties.Name, { maxLength: 256 });
    return { physicalId: name, attributes: { Arn: arn(input, "events", `event-bus/${name}`), Name: name } };
  },

  "AWS::Events::Rule": (input) => {
    const name = physicalName(input, input.properties.Name, { maxLength: 64 });
    // Rules on a custom bus carry the bus name in their ARN (`rule/{bus}/{rule}`).
    const bus = typeof input.properties.EventBusName === "string" ? input.properties.EventBusName.split("/").pop() : undefined;
    const resource = bus && bus !== "default" ? `rule/${bus}/${name}` : `rule/${name}`;
    return { physicalId: name, attributes: { Arn: arn(input, "events", resource) } };
  },

  "AWS::StepFunctions::StateMachine": (input) => stateMachine(input, input.properties.StateMachineName),
  "AWS::Serverless::StateMachine": (input) => stateMachine(input, input.properties.Name),

  "AWS::Logs::LogGroup": (input) => {
    const name = physicalName(input, input.properties.LogGroupName, { maxLength: 512 });
    // The Arn attribute ends in `:*`, as CloudFormation documents for log groups.
    return { physicalId: name, attributes: { Arn: `${arn(input, "logs", `log-group:${name}`)}:*` } };
  },

  "AWS::Lambda::Function": (input) => {
    const name = physicalName(input, input.properties.FunctionName, { maxLength: 64 });
    return { physicalId: name, attributes: { Arn: arn(input, "lambda", `function:${name}`) } };
  },

  "AWS::Kinesis::Stream": (input) => {
    const name = physicalName(input, input.properties.Name, { maxLength: 128 });
    return { physicalId: name, attributes: { Arn: arn(input, "kinesis", `stream/${name}`) } };
  },
};

function stateMachine(input: Parameters<DescribeIdentity>[0], explicitName: unknown) {
  const name = physicalName(input, explicitName, { maxLength: 80 });
  const machineArn = arn(input, "states", `stateMachine:${name}`);
  return { physicalId: machineArn, attributes: { Arn: machineArn, Name: name } };
}
