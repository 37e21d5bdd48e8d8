import { asObject } from "../utils/json";
import type { ApiRule } from "./rule";

/**
 * API-level settings: a stage to serve the API on, a valid API key source, and SAM `Auth`
 * options this loader can honour (`UsagePlan.CreateUsagePlan`, `DefaultAuthorizer: AWS_IAM`).
 */
export const checkApiSettings: ApiRule = (check) => {
  const { resource, documentPath } = check.source;
  const at = ["Resources", resource.logicalId, "Properties"];
  if (check.api.stageName === "") {
    check.report(
      resource.type === "AWS::Serverless::Api" ? [...at, "StageName"] : at,
      resource.type === "AWS::Serverless::Api"
        ? "StageName is required"
        : "no AWS::ApiGateway::Stage (or Deployment with StageName) deploys this RestApi",
    );
  }
  const source = check.document["x-amazon-apigateway-api-key-source"];
  if (source !== undefined && source !== "HEADER" && source !== "AUTHORIZER") {
    check.report([...documentPath, "x-amazon-apigateway-api-key-source"], `invalid API key source ${JSON.stringify(source)}; use HEADER or AUTHORIZER`);
  }
  if (resource.type !== "AWS::Serverless::Api") return;
  const auth = asObject(resource.properties.Auth);
  const plan = asObject(auth.UsagePlan);
  if (auth.UsagePlan !== undefined && !["PER_API", "SHARED", "NONE"].includes(String(plan.CreateUsagePlan))) {
    check.report([...at, "Auth", "UsagePlan", "CreateUsagePlan"], "CreateUsagePlan must be PER_API, SHARED or NONE");
  }
  if (auth.DefaultAuthorizer !== undefined && auth.DefaultAuthorizer !== "AWS_IAM" && auth.DefaultAuthorizer !== "NONE") {
    check.report([...at, "Auth", "DefaultAuthorizer"], "only AWS_IAM (or NONE) is supported as DefaultAuthorizer");
  }
};
