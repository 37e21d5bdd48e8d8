/**
 * The route model: what a SAM template's REST APIs say, with every intrinsic
 * function resolved. The client generator, the local gateway, the local stack
 * and the demo all read this and nothing else.
 */

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS";

/** A JSON Schema as written in the template (OpenAPI 3 `components.schemas` or inline). */
export type JsonSchema = { [key: string]: unknown };

/** One CloudFormation resource after intrinsic resolution. */
export interface ResolvedResource {
  logicalId: string;
  type: string;
  /** Properties with every intrinsic function resolved (`AWS::NoValue` removed). */
  properties: Record<string, unknown>;
  /** What `Ref` returns for this resource (a name, an id or an ARN, per type). */
  physicalId: string;
  /** What `Fn::GetAtt` returns, for the attributes this loader knows for the type. */
  attributes: Record<string, string>;
  /** Logical ids this resource depends on (DependsOn plus references). */
  dependsOn: string[];
}

export interface ParameterModel {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  schema?: JsonSchema;
  description?: string;
}

export interface MediaTypeModel {
  /** The schema, with `$ref`s to `components.schemas` inlined. */
  schema?: JsonSchema;
  /** The model name when the schema is a `$ref` to `#/components/schemas/<name>`. */
  modelName?: string;
}

export interface RequestBodyModel {
  required: boolean;
  /** Keyed by media type, e.g. `application/json`, `image/png`, `*\/*`. */
  content: Record<string, MediaTypeModel>;
}

export interface ResponseModel {
  statusCode: string;
  description?: string;
  headers: Record<string, { schema?: JsonSchema }>;
  content: Record<string, MediaTypeModel>;
}

export interface RequestValidatorModel {
  name: string;
  validateRequestBody: boolean;
  validateRequestParameters: boolean;
}

export interface AuthModel {
  /** `AWS_IAM` when the operation's security (or the API default) names a sigv4 scheme. */
  type: "NONE" | "AWS_IAM";
  apiKeyRequired: boolean;
}

export type IntegrationType = "AWS" | "AWS_PROXY" | "HTTP" | "HTTP_PROXY" | "MOCK";
export type PassthroughBehavior = "WHEN_NO_MATCH" | "WHEN_NO_TEMPLATES" | "NEVER";
export type ContentHandling = "CONVERT_TO_TEXT" | "CONVERT_TO_BINARY";

/** The integration `uri`, parsed. */
export type IntegrationTarget =
  /** `arn:aws:apigateway:{region}:{subdomain.}{service}:action/{Action}[&Param=...]` */
  | {
      kind: "aws-action";
      region: string;
      service: string;
      subdomain?: string;
      action: string;
      /** Query parameters written after the action (`action/GetItem&Version=...`). */
      actionParams: Record<string, string>;
    }
  /** `arn:aws:apigateway:{region}:{subdomain.}{service}:path/{path}` */
  | { kind: "aws-path"; region: string; service: string; subdomain?: string; path: string }
  /** An http(s) URL, possibly with `{param}` placeholders and `${stageVariables.x}`. */
  | { kind: "http"; url: string };

export interface IntegrationResponseModel {
  /** `default` for the default response, otherwise the regular expression as written. */
  selectionPattern: string;
  statusCode: string;
  /** `method.response.header.X` → `integration.response.header.Y`, `integration.response.body[.path]` or `'static'`. */
  responseParameters: Record<string, string>;
  /** Keyed by content type. */
  responseTemplates: Record<string, string>;
  contentHandling?: ContentHandling;
}

export interface IntegrationModel {
  type: IntegrationType;
  /** The integration request's HTTP method (absent for MOCK). */
  httpMethod?: string;
  uri?: string;
  target?: IntegrationTarget;
  /** The role ARN API Gateway assumes to call the service. */
  credentials?: string;
  /** `integration.request.{header|querystring|path}.X` → `method.request.{...}.Y`, `'static'`, `context.x`, `stageVariables.x`. */
  requestParameters: Record<string, string>;
  /** Keyed by content type. */
  requestTemplates: Record<string, string>;
  passthroughBehavior: PassthroughBehavior;
  contentHandling?: ContentHandling;
  /** @default 29000 */
  timeoutInMillis: number;
  connectionType: "INTERNET" | "VPC_LINK";
  /** The VPC link id (resolved `Ref`) when `connectionType` is `VPC_LINK`. */
  connectionId?: string;
  /** In template order; the entry with `selectionPattern: "default"` is the default. */
  responses: IntegrationResponseModel[];
}

export interface RouteModel {
  /** OpenAPI `operationId`; the client's method name. */
  operationId: string;
  method: HttpMethod | "ANY";
  /** OpenAPI path, e.g. `/items/{id}` or `/files/{key+}`. */
  path: string;
  summary?: string;
  description?: string;
  parameters: ParameterModel[];
  requestBody?: RequestBodyModel;
  /** Keyed by status code as written (`200`, `404`, `default`). */
  responses: Record<string, ResponseModel>;
  auth: AuthModel;
  /** The validator in force for this route (its own or the API default), if any. */
  validator?: RequestValidatorModel;
  integration: IntegrationModel;
}

export type GatewayResponseType =
  | "ACCESS_DENIED"
  | "API_CONFIGURATION_ERROR"
  | "AUTHORIZER_CONFIGURATION_ERROR"
  | "AUTHORIZER_FAILURE"
  | "BAD_REQUEST_PARAMETERS"
  | "BAD_REQUEST_BODY"
  | "DEFAULT_4XX"
  | "DEFAULT_5XX"
  | "EXPIRED_TOKEN"
  | "INTEGRATION_FAILURE"
  | "INTEGRATION_TIMEOUT"
  | "INVALID_API_KEY"
  | "INVALID_SIGNATURE"
  | "MISSING_AUTHENTICATION_TOKEN"
  | "QUOTA_EXCEEDED"
  | "REQUEST_TOO_LARGE"
  | "RESOURCE_NOT_FOUND"
  | "THROTTLED"
  | "UNAUTHORIZED"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "WAF_FILTERED";

export interface GatewayResponseModel {
  type: GatewayResponseType;
  statusCode?: string;
  /** `gatewayresponse.header.X` → `'static'` or `method.request.header.Y` etc. */
  responseParameters: Record<string, string>;
  responseTemplates: Record<string, string>;
}

export interface ThrottleModel {
  rateLimit: number;
  burstLimit: number;
}

export interface QuotaModel {
  limit: number;
  period: "DAY" | "WEEK" | "MONTH";
  offset: number;
}

export interface UsagePlanModel {
  logicalId: string;
  name: string;
  throttle?: ThrottleModel;
  quota?: QuotaModel;
  /** Stages of this API the plan covers. */
  stages: string[];
  /** The API key values attached to the plan (resolved). */
  apiKeys: ApiKeyModel[];
}

export interface ApiKeyModel {
  logicalId: string;
  id: string;
  name: string;
  /** The key's value, when the template sets it (otherwise a generated local value). */
  value: string;
  enabled: boolean;
}

/**
 * SAM's `Cors` property. Values are unquoted: SAM writes them as header-mapping literals
 * (`"'*'"`); the model holds the header value itself (`*`).
 */
export interface CorsModel {
  allowOrigin?: string;
  allowHeaders?: string;
  allowMethods?: string;
  maxAge?: string;
  /** `Access-Control-Allow-Credentials: true` on preflight responses. */
  allowCredentials?: boolean;
}

export interface ApiModel {
  /** The `AWS::Serverless::Api` logical id. */
  logicalId: string;
  /** What `Ref` returns: the REST API id (a local, deterministic id). */
  restApiId: string;
  title: string;
  stageName: string;
  stageVariables: Record<string, string>;
  binaryMediaTypes: string[];
  apiKeySource: "HEADER" | "AUTHORIZER";
  /** Keyed by validator name. */
  validators: Record<string, RequestValidatorModel>;
  /** Keyed by model name (`components.schemas`). */
  models: Record<string, JsonSchema>;
  gatewayResponses: Partial<Record<GatewayResponseType, GatewayResponseModel>>;
  cors?: CorsModel;
  usagePlans: UsagePlanModel[];
  routes: RouteModel[];
}

export interface TemplateModel {
  /** Short name: the template's folder (`dynamodb`) or file stem. */
  name: string;
  /** Absolute path of the template file. */
  file: string;
  description?: string;
  region: string;
  accountId: string;
  stackName: string;
  /** Parameter values in force (defaults, then overrides). */
  parameters: Record<string, string>;
  /** Conditions evaluated. */
  conditions: Record<string, boolean>;
  /** Resources whose condition holds, resolved. */
  resources: Record<string, ResolvedResource>;
  outputs: Record<string, { value: unknown; description?: string }>;
  apis: ApiModel[];
}

/** One thing wrong with a template, located. */
export interface Problem {
  /** Template file (relative to the working directory when possible). */
  template: string;
  /** 1-based line of the offending value in the template, when known. */
  line?: number;
  /** 1-based column of the offending value, when known. */
  column?: number;
  /** `GET /items/{id}` when the problem is inside a route. */
  route?: string;
  /** Dotted path of the offending field, e.g. `x-amazon-apigateway-integration.passthroughBehavior`. */
  field: string;
  message: string;
}
