import { runBackendContract } from "../contract.case";
import { jsonRequest } from "../testing/signedFetch";
import { startSqs } from "./startSqs";

runBackendContract({
  service: "sqs",
  start: () => startSqs(),
  validAction: "ListQueues",
  sendValid: (endpoint, options) => jsonRequest(endpoint, { service: "sqs", target: "AmazonSQS.ListQueues", unsigned: options?.unsigned }),
  sendUnknownAction: (endpoint) => jsonRequest(endpoint, { service: "sqs", target: "AmazonSQS.Frobnicate" }),
  checkUnknownAction: async (response) => {
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ __type: "com.amazon.coral.service#UnknownOperationException" });
  },
  checkMissingAuthentication: async (response) => {
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      __type: "com.amazon.coral.service#MissingAuthenticationTokenException",
      message: "Request is missing Authentication Token",
    });
  },
});

