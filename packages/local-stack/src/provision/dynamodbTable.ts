import { callJsonProtocol, JSON_PROTOCOLS } from "../aws/callJsonProtocol";
import { acceptExisting } from "./acceptExisting";
import { ignoredProperties, type Provisioner } from "./provisioner";

/** What CloudFormation's `ProvisionedThroughput` would be when none is given (only used when `BillingMode` is PROVISIONED). */
const DEFAULT_THROUGHPUT = { ReadCapacityUnits: 5, WriteCapacityUnits: 5 };

/**
 * `AWS::DynamoDB::Table` → CreateTable. The key schema, attribute definitions, secondary indexes
 * and billing mode are what the routes depend on; CloudFormation's default billing mode is
 * PROVISIONED, which needs `ProvisionedThroughput` on the table and on every GSI.
 */
export const dynamodbTable: Provisioner = {
  service: "dynamodb",
  async provision({ resource, caller }) {
    const props = resource.properties;
    const billingMode = (props["BillingMode"] as string | undefined) ?? "PROVISIONED";
    const provisioned = billingMode === "PROVISIONED";
    const throughput = (value: unknown) => (provisioned ? { ProvisionedThroughput: value ?? DEFAULT_THROUGHPUT } : {});
    const gsis = props["GlobalSecondaryIndexes"] as Record<string, unknown>[] | undefined;
    const lsis = props["LocalSecondaryIndexes"] as Record<string, unknown>[] | undefined;
    const input = {
      TableName: resource.physicalId,
      AttributeDefinitions: props["AttributeDefinitions"],
      KeySchema: props["KeySchema"],
      BillingMode: billingMode,
      ...throughput(props["ProvisionedThroughput"]),
      ...(gsis === undefined
        ? {}
        : {
            GlobalSecondaryIndexes: gsis.map((index) => ({
              IndexName: index["IndexName"],
              KeySchema: index["KeySchema"],
              Projection: index["Projection"],
              ...throughput(index["ProvisionedThroughput"]),
            })),
          }),
      ...(lsis === undefined ? {} : { LocalSecondaryIndexes: lsis.map((index) => ({ IndexName: index["IndexName"], KeySchema: index["KeySchema"], Projection: index["Projection"] })) }),
    };
    const result = await acceptExisting(() => callJsonProtocol(caller, JSON_PROTOCOLS.dynamodb, "CreateTable", input), ["ResourceInUseException"]);
    const ignored = ignoredProperties(resource, ["TableName", "AttributeDefinitions", "KeySchema", "BillingMode", "ProvisionedThroughput", "GlobalSecondaryIndexes", "LocalSecondaryIndexes"]);
    if (result.status === "existed") return { status: "existed", serviceId: resource.physicalId, ignoredProperties: ignored };
    const description = result.value["TableDescription"] as { TableName?: string } | undefined;
    return { status: "created", serviceId: description?.TableName ?? resource.physicalId, ignoredProperties: ignored };
  },
};
