import { runBackendContract } from "../contract.case";
import { signedFetch } from "../testing/signedFetch";
import { startSqs } from "./startSqs";

runBackendContract({
  service: "sqs",
  start: () => startSqs(),
  validAction: "ListQueues",
  sendValid: (endpoint, options) =>
    signedFetch({
      service: "sqs",
      url: `${endpoint}/`,
      method: "POST",
      headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": "AmazonSQS.ListQueues" },
      body: "{}",
      ...(options?.unsigned ? { unsigned: true } : {}),
    }),
  sendUnknownAction: (endpoint) =>
    signedFetch({
      service: "sqs",
      url: `${endpoint}/`,
      method: "POST",
      headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": "AmazonSQS.Frobnicate" },
      body: "{}",
    }),
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

