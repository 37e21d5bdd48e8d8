import type { ResolvedResource } from "../model";
import type { PathSegment } from "../parse/source-position";
import { asObject, isObject, type JsonObject } from "../utils/json";

/** A REST API found in a template, with its OpenAPI document (intrinsics resolved). */
export interface ApiSource {
  resource: ResolvedResource;
  /** The OpenAPI document, or `undefined` when it could not be read (a problem was reported). */
  document?: JsonObject;
  /** Where the document sits in the template. */
  documentPath: PathSegment[];
}

/** Resource types that define a REST API from an OpenAPI document. */
export const REST_API_TYPES = ["AWS::Serverless::Api", "AWS::ApiGateway::RestApi"];

/**
 * The REST APIs of a template: every `AWS::Serverless::Api` (its `DefinitionBody`) and every
 * `AWS::ApiGateway::RestApi` with a `Body`. APIs defined in S3 cannot be read locally and are reported.
 */
export function findApiSources(
  resources: Record<string, ResolvedResource>,
  report: (path: readonly PathSegment[], message: string) => void,
): ApiSource[] {
  const sources: ApiSource[] = [];
  for (const resource of Object.values(resources)) {
    if (!REST_API_TYPES.includes(resource.type)) continue;
    const sam = resource.type === "AWS::Serverless::Api";
    const bodyKey = sam ? "DefinitionBody" : "Body";
    const at: PathSegment[] = ["Resources", resource.logicalId, "Properties"];
    const body = resource.properties[bodyKey];
    if (isObject(body)) {
      const document = sam ? withSamModels(body, resource.properties.Models) : body;
      sources.push({ resource, document, documentPath: [...at, bodyKey] });
      continue;
    }
    const elsewhere = sam ? "DefinitionUri" : "BodyS3Location";
    if (resource.properties[elsewhere] !== undefined) {
      report([...at, elsewhere], `the API is defined in S3 (${elsewhere}), which cannot be read locally; inline it as ${bodyKey} (or use Fn::Transform AWS::Include with a local file)`);
    } else if (body !== undefined) {
      report([...at, bodyKey], `${bodyKey} must be an OpenAPI document (a map)`);
    } else {
      report(at, `the API has no ${bodyKey}: this loader reads routes from the OpenAPI document only`);
    }
    sources.push({ resource, documentPath: [...at, bodyKey] });
  }
  return sources;
}

/** SAM adds its `Models` property to the body's `components.schemas`, so `$ref`s may point at them. */
function withSamModels(document: JsonObject, models: unknown): JsonObject {
  if (!isObject(models)) return document;
  const components = asObject(document.components);
  return { ...document, components: { ...components, schemas: { ...asObject(components.schemas), ...models } } };
}
