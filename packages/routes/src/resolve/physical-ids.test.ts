// biome-ignore-all lint/suspicious/noTemplateCurlyInString: names like ${stackName}-${logicalId} in test titles
import { resolveYaml } from "./test-helpers";

function identities(resources: string, options = {}): Record<string, Record<string, string>> {
  const { resolved, problems } = resolveYaml(`Resources:\n${resources}`, options);
  expect(problems).toEqual([]);
  return Object.fromEntries(Object.values(resolved.resources).map((r) => [r.logicalId, { ref: r.physicalId, ...r.attributes }]));
}

describe("physical ids and attributes", () => {
  it("names resources after the explicit name property, else ${stackName}-${logicalId}", () => {
    const ids = identities(
      "  Named: { Type: AWS::DynamoDB::Table, Properties: { TableName: orders, StreamSpecification: { StreamViewType: KEYS_ONLY } } }\n  Unnamed: { Type: AWS::DynamoDB::Table }\n",
    );
    expect(ids.Named).toEqual({
      ref: "orders",
      Arn: "arn:aws:dynamodb:us-east-1:123456789012:table/orders",
      StreamArn: "arn:aws:dynamodb:us-east-1:123456789012:table/orders/stream/1970-01-01T00:00:00.000",
    });
    expect(ids.Unnamed).toEqual({ ref: "stack-Unnamed", Arn: "arn:aws:dynamodb:us-east-1:123456789012:table/stack-Unnamed" });
  });

  it("lowercases generated bucket names and gives S3 attributes", () => {
    expect(identities("  MyBucket: { Type: AWS::S3::Bucket }\n", { stackName: "Demo" }).MyBucket).toEqual({
      ref: "demo-mybucket",
      Arn: "arn:aws:s3:::demo-mybucket",
      DomainName: "demo-mybucket.s3.amazonaws.com",
      RegionalDomainName: "demo-mybucket.s3.us-east-1.amazonaws.com",
      DualStackDomainName: "demo-mybucket.s3.dualstack.us-east-1.amazonaws.com",
      WebsiteURL: "http://demo-mybucket.s3-website-us-east-1.amazonaws.com",
    });
  });

  it("keeps generated names within the service's length limit, uniquely", () => {
    const { Bucket } = identities("  Bucket: { Type: AWS::S3::Bucket }\n", { stackName: "x".repeat(70) });
    expect(Bucket?.ref).toHaveLength(63);
    expect(Bucket?.ref).toMatch(/^x+-[0-9a-f]{8}$/);
  });

  it("gives SNS topics, SQS queues (with .fifo) and EventBridge their ARNs and URLs", () => {
    const ids = identities(
      [
        "  Topic: { Type: AWS::SNS::Topic, Properties: { TopicName: t } }",
        "  Queue: { Type: AWS::SQS::Queue, Properties: { FifoQueue: true } }",
        "  Bus: { Type: AWS::Events::EventBus, Properties: { Name: bus } }",
        "  Rule: { Type: AWS::Events::Rule, Properties: { Name: r, EventBusName: !Ref Bus } }",
        "",
      ].join("\n"),
    );
    expect(ids.Topic).toEqual({ ref: "arn:aws:sns:us-east-1:123456789012:t", TopicArn: "arn:aws:sns:us-east-1:123456789012:t", TopicName: "t" });
    expect(ids.Queue).toEqual({
      ref: "https://sqs.us-east-1.amazonaws.com/123456789012/stack-Queue.fifo",
      Arn: "arn:aws:sqs:us-east-1:123456789012:stack-Queue.fifo",
      QueueName: "stack-Queue.fifo",
      QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/stack-Queue.fifo",
    });
    expect(ids.Bus).toEqual({ ref: "bus", Arn: "arn:aws:events:us-east-1:123456789012:event-bus/bus", Name: "bus" });
    expect(ids.Rule).toEqual({ ref: "r", Arn: "arn:aws:events:us-east-1:123456789012:rule/bus/r" });
  });

  it("gives state machines, roles and log groups their documented Ref and attributes", () => {
    const ids = identities(
      [
        "  Machine: { Type: AWS::StepFunctions::StateMachine, Properties: { StateMachineName: orders } }",
        "  SamMachine: { Type: AWS::Serverless::StateMachine }",
        "  Role: { Type: AWS::IAM::Role, Properties: { Path: /service/ } }",
        "  Logs: { Type: AWS::Logs::LogGroup, Properties: { LogGroupName: /aws/x } }",
        "",
      ].join("\n"),
    );
    expect(ids.Machine).toEqual({
      ref: "arn:aws:states:us-east-1:123456789012:stateMachine:orders",
      Arn: "arn:aws:states:us-east-1:123456789012:stateMachine:orders",
      Name: "orders",
    });
    expect(ids.SamMachine?.Name).toBe("stack-SamMachine");
    expect(ids.Role).toMatchObject({ ref: "stack-Role", Arn: "arn:aws:iam::123456789012:role/service/stack-Role" });
    expect(ids.Role?.RoleId).toMatch(/^AROA[0-9A-Z]{17}$/);
    expect(ids.Logs).toEqual({ ref: "/aws/x", Arn: "arn:aws:logs:us-east-1:123456789012:log-group:/aws/x:*" });
  });

  it("derives API Gateway ids from a hash: 10 characters for APIs and keys", () => {
    const ids = identities(
      "  Api: { Type: AWS::Serverless::Api, Properties: { StageName: v1 } }\n  Key: { Type: AWS::ApiGateway::ApiKey }\n  Plan: { Type: AWS::ApiGateway::UsagePlan }\n  Link: { Type: AWS::ApiGateway::VpcLink }\n",
    );
    expect(ids.Api?.ref).toMatch(/^[a-z0-9]{10}$/);
    expect(ids.Api?.RootResourceId).toMatch(/^[a-z0-9]{10}$/);
    expect(ids.Key?.ref).toMatch(/^[a-z0-9]{10}$/);
    expect(ids.Plan?.ref).toMatch(/^[a-z0-9]{6}$/);
    expect(ids.Link).toEqual({ ref: expect.stringMatching(/^[a-z0-9]{6}$/), VpcLinkId: ids.Link?.ref });
    expect(identities("  Api: { Type: AWS::Serverless::Api, Properties: { StageName: v1 } }\n", { stackName: "other" }).Api?.ref).not.toBe(ids.Api?.ref);
  });

  it("builds load balancer, target group and listener ARNs and DNS names", () => {
    const ids = identities(
      [
        "  Nlb: { Type: AWS::ElasticLoadBalancingV2::LoadBalancer, Properties: { Name: my-nlb, Type: network } }",
        "  Alb: { Type: AWS::ElasticLoadBalancingV2::LoadBalancer, Properties: { Name: my-alb } }",
        "  Tg: { Type: AWS::ElasticLoadBalancingV2::TargetGroup, Properties: { Name: my-tg } }",
        "  Listener: { Type: AWS::ElasticLoadBalancingV2::Listener, Properties: { LoadBalancerArn: !Ref Nlb } }",
        "",
      ].join("\n"),
    );
    expect(ids.Nlb).toMatchObject({
      ref: expect.stringMatching(/^arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer\/net\/my-nlb\/[0-9a-f]{16}$/),
      DNSName: expect.stringMatching(/^my-nlb-[0-9a-f]{16}\.elb\.us-east-1\.amazonaws\.com$/),
      LoadBalancerFullName: expect.stringMatching(/^net\/my-nlb\/[0-9a-f]{16}$/),
      LoadBalancerName: "my-nlb",
    });
    expect(ids.Alb?.DNSName).toMatch(/^my-alb-\d+\.us-east-1\.elb\.amazonaws\.com$/);
    expect(ids.Tg?.ref).toMatch(/:targetgroup\/my-tg\/[0-9a-f]{16}$/);
    expect(ids.Listener?.ref).toBe(`${String(ids.Nlb?.ref).replace(":loadbalancer/", ":listener/")}/${String(ids.Listener?.ref).split("/").pop()}`);
  });

  it("gives EC2 resources prefixed hex ids and instances an address inside their subnet", () => {
    const ids = identities(
      [
        "  Vpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.1.0.0/16 } }",
        "  Subnet: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.1.2.0/24 } }",
        "  Sg: { Type: AWS::EC2::SecurityGroup, Properties: { GroupDescription: x, VpcId: !Ref Vpc } }",
        "  Host: { Type: AWS::EC2::Instance, Properties: { SubnetId: !Ref Subnet } }",
        "",
      ].join("\n"),
    );
    expect(ids.Vpc).toMatchObject({ ref: expect.stringMatching(/^vpc-[0-9a-f]{17}$/), CidrBlock: "10.1.0.0/16" });
    expect(ids.Subnet).toMatchObject({ ref: expect.stringMatching(/^subnet-[0-9a-f]{17}$/), VpcId: ids.Vpc?.ref, AvailabilityZone: "us-east-1a" });
    expect(ids.Sg).toMatchObject({ ref: expect.stringMatching(/^sg-[0-9a-f]{17}$/), GroupId: ids.Sg?.ref });
    expect(ids.Host?.ref).toMatch(/^i-[0-9a-f]{17}$/);
    expect(ids.Host?.PrivateIp).toMatch(/^10\.1\.2\.\d+$/);
    expect(ids.Host?.PrivateDnsName).toBe(`ip-${String(ids.Host?.PrivateIp).replaceAll(".", "-")}.ec2.internal`);
  });

  it("gives unknown types Ref ${stackName}-${logicalId} and no attributes", () => {
    expect(identities("  Thing: { Type: Custom::Thing }\n").Thing).toEqual({ ref: "stack-Thing" });
  });
});
