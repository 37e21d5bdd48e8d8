import { runBackendContract } from "../contract.case";
import { jsonRequest } from "../testing/signedFetch";
import { startDynamoDb } from "./startDynamoDb";

const request = (endpoint: string, target: string, unsigned = false) => jsonRequest(endpoint, { service: "dynamodb", target, unsigned });

runBackendContract({
  service: "dynamodb",
  start: () => startDynamoDb(),
  validAction: "ListTables",
  sendValid: (endpoint, options) => request(endpoint, "DynamoDB_20120810.ListTables", options?.unsigned),
  sendUnknownAction: (endpoint) => request(endpoint, "DynamoDB_20120810.Frobnicate"),
  checkUnknownAction: async (response) => {
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ __type: "com.amazon.coral.service#UnknownOperationException" });
  },
  // DynamoDB answers an unsigned request with 400, not 403 (dynalite reproduces the recorded AWS answer).
  checkMissingAuthentication: async (response) => {
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      __type: "com.amazon.coral.service#MissingAuthenticationTokenException",
      message: "Request is missing Authentication Token",
    });
  },
});
