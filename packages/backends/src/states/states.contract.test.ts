import { runBackendContract } from "../contract.case";
import { jsonRequest } from "../testing/signedFetch";
import { startStepFunctions } from "./startStepFunctions";

const request = (endpoint: string, target: string, unsigned = false) => jsonRequest(endpoint, { service: "states", target, unsigned });

runBackendContract({
  service: "states",
  start: () => startStepFunctions(),
  validAction: "ListStateMachines",
  sendValid: (endpoint, options) => request(endpoint, "AWSStepFunctions.ListStateMachines", options?.unsigned),
  sendUnknownAction: (endpoint) => request(endpoint, "AWSStepFunctions.Frobnicate"),
  checkUnknownAction: async (response) => {
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ __type: "com.amazon.coral.service#UnknownOperationException" });
  },
  checkMissingAuthentication: async (response) => {
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ __type: "com.amazon.coral.service#MissingAuthenticationTokenException" });
  },
});
