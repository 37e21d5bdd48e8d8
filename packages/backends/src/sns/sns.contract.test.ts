import { runBackendContract } from "../contract.case";
import { signedFetch } from "../testing/signedFetch";
import { startSns } from "./startSns";

const form = (action: string) => new URLSearchParams({ Action: action, Version: "2010-03-31" }).toString();

runBackendContract({
  service: "sns",
  start: () => startSns(),
  validAction: "ListTopics",
  sendValid: (endpoint, options) =>
    signedFetch({
      service: "sns",
      url: `${endpoint}/`,
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: form("ListTopics"),
      ...(options?.unsigned ? { unsigned: true } : {}),
    }),
  sendUnknownAction: (endpoint) =>
    signedFetch({ service: "sns", url: `${endpoint}/`, method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: form("Frobnicate") }),
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
