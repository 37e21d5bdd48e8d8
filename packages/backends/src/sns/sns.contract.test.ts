import { runBackendContract } from "../contract.case";
import { queryRequest } from "../testing/signedFetch";
import { startSns } from "./startSns";

const request = (endpoint: string, action: string, unsigned = false) =>
  queryRequest(endpoint, { service: "sns", params: { Action: action, Version: "2010-03-31" }, unsigned });

runBackendContract({
  service: "sns",
  start: () => startSns(),
  validAction: "ListTopics",
  sendValid: (endpoint, options) => request(endpoint, "ListTopics", options?.unsigned),
  sendUnknownAction: (endpoint) => request(endpoint, "Frobnicate"),
  checkUnknownAction: async (response) => {
    expect(response.status).toBe(400);
    const xml = await response.text();
    expect(xml).toMatch(/^<ErrorResponse xmlns="http:\/\/sns\.amazonaws\.com\/doc\/2010-03-31\/"><Error><Type>Sender<\/Type><Code>InvalidAction<\/Code><Message>The action Frobnicate is not valid for this web service\.<\/Message><\/Error><RequestId>[0-9a-f-]{36}<\/RequestId><\/ErrorResponse>$/);
  },
  checkMissingAuthentication: async (response) => {
    expect(response.status).toBe(403);
    const xml = await response.text();
    expect(xml).toContain("<Type>Sender</Type><Code>MissingAuthenticationToken</Code><Message>Request is missing Authentication Token</Message>");
  },
});
