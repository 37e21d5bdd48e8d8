export {
  apiModel,
  awsIntegration,
  httpIntegration,
  httpProxyIntegration,
  integrationModel,
  integrationResponse,
  mockIntegration,
  routeModel,
  TEST_ROLE_ARN,
  templateModel,
} from "./model-builders";
