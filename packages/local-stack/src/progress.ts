import type { ServiceName } from "@apigw-playground/backends";

/** What `startLocalStack` reports through `onProgress`, in the order things happen. */
export type LocalStackEvent =
  /** The templates were read and resolved by the route loader. */
  | { type: "templates-loaded"; templates: string[]; ms: number }
  /** A local upstream (httpbin stand-in, private service) is listening. */
  | { type: "upstream-started"; name: UpstreamName; url: string; ms: number }
  /** The embedded backends are listening; `external` lists the services served elsewhere (moto, LocalStack…). */
  | { type: "backends-started"; services: ServiceName[]; external: Partial<Record<ServiceName, string>>; ms: number }
  /** A resource was created in its service (or was already there). */
  | {
      type: "resource-provisioned";
      template: string;
      logicalId: string;
      resourceType: string;
      physicalId: string;
      status: "created" | "existed";
      /** Properties that have no local effect and were not sent. */
      ignoredProperties: string[];
      ms: number;
    }
  /** A resource the stack does not create in a service, and why ("handled by the gateway", "simulated"). */
  | { type: "resource-not-provisioned"; template: string; logicalId: string; resourceType: string; reason: string }
  /** Something worth knowing that is not an error, e.g. a service answered another id than the template's. */
  | { type: "warning"; template?: string; logicalId?: string; message: string }
  /** Every API is served. */
  | { type: "gateway-started"; apis: { templateName: string; url: string }[]; ms: number }
  /** The whole stack is up. */
  | { type: "ready"; ms: number }
  /** `stop()` finished. */
  | { type: "stopped"; ms: number };

/** The local upstreams the stack can run. */
export type UpstreamName = "http" | "vpclink";

/** Receives progress events. */
export type ProgressListener = (event: LocalStackEvent) => void;
