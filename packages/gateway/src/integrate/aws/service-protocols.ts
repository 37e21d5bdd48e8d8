/** How an AWS service is addressed on the wire. */
export type WireProtocol = "json" | "query" | "rest";

/** What the AWS integration needs to know about one service. */
export interface AwsServiceProtocol {
  /** The SigV4 signing name (the credential scope's service). */
  signingName: string;
  /**
   * The SDKs' service id, as it appears in `AWS_ENDPOINT_URL_<ID>` ("Identifiers for
   * service-specific endpoints" in the AWS SDKs and Tools reference): EventBridge is
   * `EVENTBRIDGE`, Step Functions `SFN`.
   */
  endpointId: string;
  protocol: WireProtocol;
  /** JSON protocols: the part of `X-Amz-Target` before the dot. */
  targetPrefix?: string;
  /** JSON protocols: `application/x-amz-json-1.0` or `-1.1`. */
  jsonContentType?: string;
  /**
   * API Gateway fills `X-Amz-Target` (and a missing Content-Type) itself for an `action/` URI of
   * this service. LocalStack's AWS-validated execute-api tests record this for DynamoDB, Kinesis
   * and Step Functions, and record that EventBridge needs the template to set the header.
   */
  autoTarget?: boolean;
  /** The real endpoint's first label when it is not the ARN's service name (`sync-states`). */
  host?: string;
}

const STEP_FUNCTIONS: AwsServiceProtocol = {
  signingName: "states",
  endpointId: "SFN",
  protocol: "json",
  targetPrefix: "AWSStepFunctions",
  jsonContentType: "application/x-amz-json-1.0",
  autoTarget: true,
};

/**
 * The services of AWS integration URIs, keyed by the ARN's service name. A service missing here is
 * still called (signing name = ARN service, endpoint id = its upper-cased name), only without
 * protocol defaults.
 */
export const AWS_SERVICE_PROTOCOLS: Readonly<Record<string, AwsServiceProtocol>> = {
  dynamodb: {
    signingName: "dynamodb",
    endpointId: "DYNAMODB",
    protocol: "json",
    targetPrefix: "DynamoDB_20120810",
    jsonContentType: "application/x-amz-json-1.0",
    autoTarget: true,
  },
  states: STEP_FUNCTIONS,
  // StartSyncExecution lives on its own host; the signing name stays "states".
  "sync-states": { ...STEP_FUNCTIONS, host: "sync-states" },
  kinesis: {
    signingName: "kinesis",
    endpointId: "KINESIS",
    protocol: "json",
    targetPrefix: "Kinesis_20131202",
    jsonContentType: "application/x-amz-json-1.1",
    autoTarget: true,
  },
  events: {
    signingName: "events",
    endpointId: "EVENTBRIDGE",
    protocol: "json",
    targetPrefix: "AWSEvents",
    jsonContentType: "application/x-amz-json-1.1",
  },
  // SQS speaks both AWS JSON 1.0 (with X-Amz-Target) and its classic Query protocol (Action=…):
  // without a target header the request is a Query-protocol call.
  sqs: {
    signingName: "sqs",
    endpointId: "SQS",
    protocol: "json",
    targetPrefix: "AmazonSQS",
    jsonContentType: "application/x-amz-json-1.0",
  },
  sns: { signingName: "sns", endpointId: "SNS", protocol: "query" },
  sts: { signingName: "sts", endpointId: "STS", protocol: "query" },
  s3: { signingName: "s3", endpointId: "S3", protocol: "rest" },
  lambda: { signingName: "lambda", endpointId: "LAMBDA", protocol: "rest" },
};

/** The protocol entry of a service, or a generic one for services not in the table. */
export function serviceProtocol(service: string): AwsServiceProtocol {
  return (
    AWS_SERVICE_PROTOCOLS[service] ?? {
      signingName: service,
      endpointId: service.toUpperCase().replace(/[^A-Z0-9]/g, "_"),
      protocol: "rest",
    }
  );
}
