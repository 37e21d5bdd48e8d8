import type { ServiceName } from "@apigw-playground/backends";
import type { TemplateModel } from "@apigw-playground/routes";
import { localServiceOf } from "../endpoints/gatewayEndpoints";
import { PROVISIONERS } from "../provision/provisioners";

/** The services a set of templates needs: those holding its resources and those its AWS integrations call. */
export function servicesUsed(templates: readonly TemplateModel[]): Set<ServiceName> {
  const services = new Set<ServiceName>();
  for (const template of templates) {
    for (const resource of Object.values(template.resources)) {
      const provisioner = PROVISIONERS[resource.type];
      if (provisioner) services.add(provisioner.service);
    }
    for (const api of template.apis) {
      for (const route of api.routes) {
        const target = route.integration.target;
        if (target === undefined || target.kind === "http") continue;
        const service = localServiceOf(target.service);
        if (service) services.add(service);
      }
    }
  }
  return services;
}
