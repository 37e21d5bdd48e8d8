import { CONNECTION_TYPES, INTEGRATION_TYPES, normaliseEnum } from "../extract/integration-values";
import { integrationsOf, isUnresolved, type ApiRule } from "./rule";

/** `connectionType` is INTERNET or VPC_LINK; a VPC_LINK integration is HTTP(_PROXY) and names its link in `connectionId`. */
export const checkVpcLink: ApiRule = (check) => {
  for (const { integration, at } of integrationsOf(check)) {
    if (integration.connectionType === undefined) continue;
    const connectionType = normaliseEnum(integration.connectionType, CONNECTION_TYPES);
    if (!connectionType) {
      check.report([...at, "connectionType"], `invalid connectionType ${JSON.stringify(integration.connectionType)}; use INTERNET or VPC_LINK`);
      continue;
    }
    if (connectionType !== "VPC_LINK") continue;
    const id = integration.connectionId;
    if (typeof id !== "string" || id === "") {
      if (!isUnresolved(id)) check.report([...at, "connectionId"], "a VPC_LINK integration needs connectionId (the VPC link's id, e.g. !Ref VpcLink)");
    }
    const type = normaliseEnum(integration.type, INTEGRATION_TYPES);
    if (type && type !== "HTTP" && type !== "HTTP_PROXY") {
      check.report([...at, "connectionType"], `VPC_LINK connections are for HTTP and HTTP_PROXY integrations, not ${type}`);
    }
  }
};
