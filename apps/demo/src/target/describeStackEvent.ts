import type { LocalStackEvent } from "@apigw-playground/local-stack";

/** A local stack progress event in a few words, for the status line. */
export function describeStackEvent(event: LocalStackEvent): string | undefined {
  switch (event.type) {
    case "templates-loaded":
      return `loaded ${event.templates.length} templates`;
    case "upstream-started":
      return `${event.name} upstream listening at ${event.url}`;
    case "backends-started":
      return `backends listening: ${event.services.join(", ")}`;
    case "resource-provisioned":
      return `${event.template}: ${event.status} ${event.resourceType} ${event.physicalId}`;
    case "gateway-started":
      return `gateway serving ${event.apis.length} APIs`;
    case "warning":
      return event.message;
    default:
      return undefined;
  }
}
