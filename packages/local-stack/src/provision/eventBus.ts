import { callJsonProtocol, JSON_PROTOCOLS } from "../aws/callJsonProtocol";
import { acceptExisting } from "./acceptExisting";
import { ignoredProperties, type Provisioner } from "./provisioner";

/** `AWS::Events::EventBus` → CreateEventBus (the `default` bus always exists and is left alone). */
export const eventBus: Provisioner = {
  service: "events",
  async provision({ resource, caller }) {
    const name = resource.attributes["Name"] ?? String(resource.properties["Name"] ?? "");
    const used = ["Name", "EventSourceName"];
    if (name === "default") return { status: "existed", serviceId: resource.attributes["Arn"] ?? name, ignoredProperties: ignoredProperties(resource, used) };
    const source = resource.properties["EventSourceName"];
    const result = await acceptExisting(
      () => callJsonProtocol(caller, JSON_PROTOCOLS.events, "CreateEventBus", { Name: name, ...(source === undefined ? {} : { EventSourceName: source }) }),
      ["ResourceAlreadyExistsException"],
    );
    const arn = result.status === "created" ? (result.value["EventBusArn"] as string | undefined) : undefined;
    return { status: result.status, serviceId: arn ?? resource.attributes["Arn"] ?? name, ignoredProperties: ignoredProperties(resource, used) };
  },
};
