import { shortId } from "../../utils/hash";
import type { DescribeIdentity, IdentityInput } from "./identity";

/**
 * The REST API id for an API: 10 lowercase alphanumerics (like `a1b2c3d4e5`), derived from the
 * stack name and logical id so every package computes the same one.
 */
export function restApiId(stackName: string, logicalId: string): string {
  return shortId(10, stackName, logicalId);
}

function restApi(input: IdentityInput) {
  return {
    physicalId: restApiId(input.pseudo.stackName, input.logicalId),
    attributes: { RootResourceId: shortId(10, input.pseudo.stackName, input.logicalId, "root") },
  };
}

/** An API Gateway sub-resource whose `Ref` is a generated id, also exposed as the attribute `idAttribute`. */
function generatedId(length: number, idAttribute?: string): DescribeIdentity {
  return (input) => {
    const id = shortId(length, input.pseudo.stackName, input.logicalId);
    return { physicalId: id, attributes: idAttribute ? { [idAttribute]: id } : {} };
  };
}

/** API Gateway (REST) resources, including SAM's `AWS::Serverless::Api`. */
export const apiGatewayIdentities: Record<string, DescribeIdentity> = {
  "AWS::Serverless::Api": restApi,
  "AWS::ApiGateway::RestApi": restApi,
  "AWS::ApiGateway::ApiKey": generatedId(10, "APIKeyId"),
  "AWS::ApiGateway::UsagePlan": generatedId(6, "Id"),
  "AWS::ApiGateway::UsagePlanKey": generatedId(6, "Id"),
  "AWS::ApiGateway::VpcLink": generatedId(6, "VpcLinkId"),
  "AWS::ApiGateway::Deployment": generatedId(6, "DeploymentId"),
  "AWS::ApiGateway::RequestValidator": generatedId(6, "RequestValidatorId"),
  "AWS::ApiGateway::Resource": generatedId(6, "ResourceId"),
  "AWS::ApiGateway::Authorizer": generatedId(6, "AuthorizerId"),
  "AWS::ApiGateway::GatewayResponse": generatedId(6),
  "AWS::ApiGateway::Method": generatedId(6),
  "AWS::ApiGateway::Stage": (input) => ({
    physicalId: typeof input.properties.StageName === "string" ? input.properties.StageName : input.logicalId,
    attributes: {},
  }),
  "AWS::ApiGateway::Model": (input) => ({
    physicalId: typeof input.properties.Name === "string" ? input.properties.Name : input.logicalId,
    attributes: {},
  }),
};
