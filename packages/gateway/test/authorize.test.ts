import { signRequest } from "@apigw-playground/backends/testing";
import type { UsagePlanModel } from "@apigw-playground/routes";
import { apiModel, integrationResponse, mockIntegration, routeModel } from "@apigw-playground/routes/testing";
import { serve } from "./helpers/gateway";
import { send } from "./helpers/http";

const whoAmI = mockIntegration({
  responses: [
    integrationResponse({
      responseTemplates: {
        "application/json":
          '{"accessKey":"$context.identity.accessKey","user":"$context.identity.user","userArn":"$context.identity.userArn","accountId":"$context.identity.accountId","apiKeyId":"$context.identity.apiKeyId"}',
      },
    }),
  ],
});
const plan: UsagePlanModel = {
  logicalId: "Plan",
  name: "plan",
  stages: ["v1"],
  throttle: { rateLimit: 1, burstLimit: 1 },
  apiKeys: [{ logicalId: "Key", id: "key123", name: "key", value: "k".repeat(20), enabled: true }],
};

let server: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  server = await serve(
    apiModel({ routes: [
        routeModel({ method: "GET", path: "/iam", auth: { type: "AWS_IAM", apiKeyRequired: false }, integration: whoAmI }),
        routeModel({ method: "GET", path: "/keyed", auth: { type: "NONE", apiKeyRequired: true }, integration: whoAmI }),
      ], usagePlans: [plan] }),
  );
});
afterAll(() => server.gateway.stop());

describe("authorize stage", () => {
  it("puts the signer of an AWS_IAM request into $context.identity", async () => {
    const headers = await signRequest({ service: "execute-api", url: `${server.url}/iam` });
    const res = await send(server.url, "/iam", { headers });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({
      accessKey: "AKIDLOCALPLAYGROUND",
      accountId: "123456789012",
      userArn: "arn:aws:iam::123456789012:user/local-playground",
    });
    expect(res.json<{ user: string }>().user).toMatch(/^AIDA[A-Z2-7]{17}$/);
  });
  it("refuses an unsigned request to an AWS_IAM method with Missing Authentication Token", async () => {
    const res = await send(server.url, "/iam");
    expect(res.status).toBe(403);
    expect(res.headers["x-amzn-errortype"]).toBe("MissingAuthenticationTokenException");
  });
  it("refuses a request whose signature does not match", async () => {
    const headers = await signRequest({ service: "execute-api", url: `${server.url}/iam?a=1` });
    const res = await send(server.url, "/iam?a=2", { headers });
    expect(res.status).toBe(403);
    expect(res.headers["x-amzn-errortype"]).toBe("InvalidSignatureException");
  });
  it("requires a valid API key, then meters it", async () => {
    expect((await send(server.url, "/keyed")).status).toBe(403);
    const ok = await send(server.url, "/keyed", { headers: { "x-api-key": "k".repeat(20) } });
    expect(ok.status).toBe(200);
    expect(ok.json()).toMatchObject({ apiKeyId: "key123" });
    // Burst of 1: the next request within the same second is throttled.
    const throttled = await send(server.url, "/keyed", { headers: { "x-api-key": "k".repeat(20) } });
    expect(throttled.status).toBe(429);
    expect(throttled.headers["x-amzn-errortype"]).toBe("TooManyRequestsException");
  });
});
