import { checkApiSettings } from "./api-settings";
import { checkContentHandling } from "./content-handling";
import { checkCredentials } from "./credentials";
import { checkGatewayResponses } from "./gateway-responses";
import { checkIntegrationHttpMethod } from "./integration-http-method";
import { checkIntegrationResponses } from "./integration-responses";
import { checkIntegrationType } from "./integration-type";
import { checkIntegrationUri } from "./integration-uri";
import { checkMappingTemplates } from "./mapping-templates";
import { checkPassthroughBehavior } from "./passthrough-behavior";
import { checkPathParameters } from "./path-parameters";
import { checkRequestParameters } from "./request-parameters";
import { checkRequestValidators } from "./request-validators";
import { checkResponseParameters } from "./response-parameters";
import type { ApiRule } from "./rule";
import { checkSchemaRefs } from "./schema-refs";
import { checkSecurity } from "./security";
import { checkSelectionPatterns } from "./selection-patterns";
import { checkVpcLink } from "./vpc-link";

/** Every per-API rule, in the order their problems are listed. */
export const API_RULES: readonly ApiRule[] = [
  checkApiSettings,
  checkGatewayResponses,
  checkRequestValidators,
  checkSchemaRefs,
  checkSecurity,
  checkPathParameters,
  checkIntegrationType,
  checkIntegrationHttpMethod,
  checkIntegrationUri,
  checkCredentials,
  checkVpcLink,
  checkPassthroughBehavior,
  checkContentHandling,
  checkRequestParameters,
  checkIntegrationResponses,
  checkSelectionPatterns,
  checkResponseParameters,
  checkMappingTemplates,
];
