import { GATEWAY_RESPONSE_TYPES } from "../extract/gateway-responses";
import { asObject } from "../utils/json";
import type { ApiRule } from "./rule";

/** Gateway response types (body extension and SAM `GatewayResponses`) are API Gateway's known types. */
export const checkGatewayResponses: ApiRule = (check) => {
  const known = GATEWAY_RESPONSE_TYPES as readonly string[];
  const extension = "x-amazon-apigateway-gateway-responses";
  for (const type of Object.keys(asObject(check.document[extension]))) {
    if (!known.includes(type)) check.report([...check.source.documentPath, extension, type], `unknown gateway response type ${type}`);
  }
  const { resource } = check.source;
  if (resource.type !== "AWS::Serverless::Api") return;
  for (const type of Object.keys(asObject(resource.properties.GatewayResponses))) {
    if (!known.includes(type)) {
      check.report(["Resources", resource.logicalId, "Properties", "GatewayResponses", type], `unknown gateway response type ${type}`);
    }
  }
};
