import type { IntegrationModel } from "@apigw-playground/routes";
import { apiModel, httpIntegration, mockIntegration, routeModel } from "@apigw-playground/routes/testing";
import { GATEWAY_RESPONSE_STATUS, type Integration, type IntegrationInvocation, type IntegrationRequest } from "../src";
import { createRequestContext } from "../src/context/request-context";
import { createAwsIntegration } from "../src/integrate/aws/aws-integration";
import { createHttpIntegration } from "../src/integrate/http/http-integration";
import { createHttpAgent } from "../src/integrate/http/send-http";
import { createMockIntegration } from "../src/integrate/mock/mock-integration";
import { createVpcLinkIntegration } from "../src/integrate/vpc-link/vpc-link-integration";
import { recordingLogger } from "./helpers/gateway";
import { startUpstream } from "./helpers/upstream";

// One suite for every integration type (hono's shared router cases): whatever the type, invoke
// never rejects; it returns an endpoint response (status, lower-case headers, Buffer body) or a
// GatewayFailure with the status of its gateway response type, explained in the log.

interface ContractCase {
  name: string;
  integration: () => Integration;
  /** An invocation that should reach the endpoint. */
  working?: () => { model: IntegrationModel; request: IntegrationRequest };
  broken: () => { model: IntegrationModel; request: IntegrationRequest };
}

let upstream: Awaited<ReturnType<typeof startUpstream>>;
const agent = createHttpAgent();
beforeAll(async () => {
  upstream = await startUpstream();
});
afterAll(async () => {
  await agent.close();
  await upstream.close();
});

const request = (overrides: Partial<IntegrationRequest>): IntegrationRequest => ({
  method: "GET",
  uri: "",
  headers: {},
  query: [],
  body: { kind: "text", text: "" },
  ...overrides,
});

const cases: ContractCase[] = [
  {
    name: "MOCK",
    integration: createMockIntegration,
    working: () => ({ model: mockIntegration(), request: request({ body: { kind: "text", text: '{"statusCode": 201}' } }) }),
    broken: () => ({ model: mockIntegration(), request: request({ body: { kind: "text", text: "no status" } }) }),
  },
  {
    name: "HTTP",
    integration: () => createHttpIntegration(agent),
    working: () => ({ model: httpIntegration(`${upstream.url}/x`), request: request({ uri: `${upstream.url}/x`, query: [["a", "1"]] }) }),
    broken: () => ({ model: httpIntegration("not a url"), request: request({ uri: "not a url" }) }),
  },
  {
    name: "VPC_LINK",
    integration: () => createVpcLinkIntegration(agent, { link: upstream.url }),
    working: () => ({
      model: httpIntegration("http://nlb.internal/x", { connectionType: "VPC_LINK", connectionId: "link" }),
      request: request({ uri: "http://nlb.internal/x" }),
    }),
    broken: () => ({
      model: httpIntegration("http://nlb.internal/x", { connectionType: "VPC_LINK", connectionId: "other" }),
      request: request({ uri: "http://nlb.internal/x" }),
    }),
  },
  {
    name: "AWS",
    integration: () => createAwsIntegration({ agent, awsEndpoints: () => upstream.url, env: {} }),
    working: () => ({
      model: httpIntegration("arn:aws:apigateway:us-east-1:dynamodb:action/GetItem", { type: "AWS", credentials: "arn:aws:iam::123456789012:role/Reader" }),
      request: request({ method: "POST", uri: "arn:aws:apigateway:us-east-1:dynamodb:action/GetItem", body: { kind: "text", text: "{}" } }),
    }),
    broken: () => ({
      // No execution role: API Gateway cannot call the service.
      model: httpIntegration("arn:aws:apigateway:us-east-1:dynamodb:action/GetItem", { type: "AWS" }),
      request: request({ uri: "arn:aws:apigateway:us-east-1:dynamodb:action/GetItem" }),
    }),
  },
];

function invocation(model: IntegrationModel, req: IntegrationRequest, logger = recordingLogger()): IntegrationInvocation {
  const context = createRequestContext({
    accountId: "123456789012",
    apiId: "abcde12345",
    deploymentId: "d",
    stage: "v1",
    method: req.method,
    rawPath: "/v1/x",
    host: undefined,
    userAgent: undefined,
    sourceIp: "127.0.0.1",
    protocol: "HTTP/1.1",
    requestId: "r",
    extendedRequestId: "e",
    now: new Date(),
  });
  return { api: apiModel({ routes: [] }), route: routeModel({ method: "GET", path: "/x", integration: model }), integration: model, request: req, context, stageVariables: {}, logger };
}

for (const c of cases) {
  describe(`${c.name} integration contract`, () => {
    if (c.working !== undefined) {
      it("returns the endpoint response: a status, lower-case headers and the body bytes", async () => {
        const { model, request: req } = c.working!();
        const result = await c.integration().invoke(invocation(model, req));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(Number.isInteger(result.response.status)).toBe(true);
        expect(Buffer.isBuffer(result.response.body)).toBe(true);
        for (const name of Object.keys(result.response.headers)) expect(name).toBe(name.toLowerCase());
      });
    }
    it("reports a misconfiguration as a 5xx gateway failure and says why in the log", async () => {
      const { model, request: req } = c.broken();
      const logger = recordingLogger();
      const result = await c.integration().invoke(invocation(model, req, logger));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.failure.statusCode).toBeGreaterThanOrEqual(500);
      const documented = GATEWAY_RESPONSE_STATUS[result.failure.responseType];
      if (documented !== undefined) expect(result.failure.statusCode).toBe(documented);
      expect(logger.lines.length).toBeGreaterThan(0);
    });
  });
}
