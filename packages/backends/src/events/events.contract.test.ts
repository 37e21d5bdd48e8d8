import { runBackendContract } from "../contract.case";
import { jsonRequest } from "../testing/signedFetch";
import { startEventBridge } from "./startEventBridge";

const request = (endpoint: string, target: string, unsigned = false) => jsonRequest(endpoint, { service: "events", target, contentType: "application/x-amz-json-1.1", unsigned });

runBackendContract({
  service: "events",
  start: () => startEventBridge(),
  validAction: "ListEventBuses",
  sendValid: (endpoint, options) => request(endpoint, "AWSEvents.ListEventBuses", options?.unsigned),
  sendUnknownAction: (endpoint) => request(endpoint, "AWSEvents.Frobnicate"),
  checkUnknownAction: async (response) => {
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/x-amz-json-1.1");
    expect(await response.json()).toMatchObject({ __type: "com.amazon.coral.service#UnknownOperationException" });
  },
  checkMissingAuthentication: async (response) => {
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ __type: "com.amazon.coral.service#MissingAuthenticationTokenException" });
  },
});
