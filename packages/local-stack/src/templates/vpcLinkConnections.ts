import type { TemplateModel } from "@apigw-playground/routes";

/**
 * The VPC link ids the templates' routes use (`connectionId` of VPC_LINK integrations, and every
 * `AWS::ApiGateway::VpcLink` resource), each to be mapped to the local private service.
 */
export function vpcLinkIds(templates: readonly TemplateModel[]): string[] {
  const ids = new Set<string>();
  for (const template of templates) {
    for (const resource of Object.values(template.resources)) if (resource.type === "AWS::ApiGateway::VpcLink") ids.add(resource.physicalId);
    for (const api of template.apis) {
      for (const route of api.routes) {
        if (route.integration.connectionType === "VPC_LINK" && route.integration.connectionId !== undefined) ids.add(route.integration.connectionId);
      }
    }
  }
  return [...ids];
}
