import { apiModel, integrationResponse, mockIntegration, routeModel } from "@apigw-playground/routes/testing";
import { serve } from "./helpers/gateway";
import { send } from "./helpers/http";

const status = routeModel({
  method: "GET",
  path: "/status",
  integration: mockIntegration({
    requestTemplates: { "application/json": "{\"statusCode\": $input.params('code')}" },
    passthroughBehavior: "NEVER",
    responses: [
      integrationResponse({ selectionPattern: "default", statusCode: "200", responseTemplates: { "application/json": '{"class":"2xx"}' } }),
      integrationResponse({ selectionPattern: "4\\d{2}", statusCode: "400", responseTemplates: { "application/json": '{"class":"4xx"}' } }),
      integrationResponse({ selectionPattern: "5\\d{2}", statusCode: "503", responseTemplates: { "application/json": '{"class":"5xx"}' } }),
    ],
  }),
});
const context = routeModel({
  method: "POST",
  path: "/context/{id}",
  integration: mockIntegration({
    responses: [
      integrationResponse({
        responseTemplates: {
          "application/json": [
            "{",
            '"requestId":"$context.requestId","extendedRequestId":"$context.extendedRequestId",',
            '"requestTime":"$context.requestTime","epoch":$context.requestTimeEpoch,',
            '"httpMethod":"$context.httpMethod","resourcePath":"$context.resourcePath","path":"$context.path",',
            '"stage":"$context.stage","apiId":"$context.apiId","accountId":"$context.accountId",',
            '"protocol":"$context.protocol","sourceIp":"$context.identity.sourceIp","userAgent":"$context.identity.userAgent",',
            '"domainName":"$context.domainName","resourceId":"$context.resourceId","stageVariable":"$stageVariables.color",',
            '"id":"$input.params(\'id\')","q":"$input.params(\'q\')","header":"$input.params(\'X-Custom\')"',
            "}",
          ].join(""),
        },
      }),
    ],
  }),
});
const overrides = routeModel({
  method: "GET",
  path: "/override",
  integration: mockIntegration({
    responses: [
      integrationResponse({
        responseParameters: { "method.response.header.X-Static": "'static'" },
        responseTemplates: {
          "application/json": '#set($context.responseOverride.status = 418)#set($context.responseOverride.header.X-Teapot = "yes"){"overridden":true}',
        },
      }),
    ],
  }),
});
const noTemplate = routeModel({ method: "GET", path: "/no-template", integration: mockIntegration({ requestTemplates: {} }) });
const passthrough = (behavior: "WHEN_NO_MATCH" | "WHEN_NO_TEMPLATES" | "NEVER", templates: Record<string, string>) =>
  routeModel({
    method: "POST",
    path: `/passthrough/${behavior.toLowerCase()}/${Object.keys(templates).length}`,
    integration: mockIntegration({
      passthroughBehavior: behavior,
      requestTemplates: templates,
      // The MOCK reads statusCode from whatever body reaches it: 404 shows the client's body passed through.
      responses: [
        integrationResponse({ responseTemplates: { "application/json": '{"from":"template"}' } }),
        integrationResponse({ selectionPattern: "404", statusCode: "404", responseTemplates: { "application/json": '{"from":"client body"}' } }),
      ],
    }),
  });
const jsonTemplate = { "application/json": '{"statusCode": 200}' };
const routes = [
  status,
  context,
  overrides,
  noTemplate,
  passthrough("WHEN_NO_MATCH", jsonTemplate),
  passthrough("WHEN_NO_TEMPLATES", jsonTemplate),
  passthrough("WHEN_NO_TEMPLATES", {}),
  passthrough("NEVER", jsonTemplate),
];

let server: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  server = await serve(apiModel({ routes, stageVariables: { color: "blue" } }), { accountId: "111122223333" });
});
afterAll(() => server.gateway.stop());

describe("MOCK integration", () => {
  const cases: [string, number, string][] = [
    ["204", 200, "2xx"],
    ["404", 400, "4xx"],
    ["502", 503, "5xx"],
  ];
  for (const [code, expected, klass] of cases) {
    it(`selects the integration response by the template's statusCode ${code}`, async () => {
      const res = await send(server.url, `/status?code=${code}`);
      expect(res.status).toBe(expected);
      expect(res.json()).toEqual({ class: klass });
      expect(res.headers["content-type"]).toBe("application/json");
    });
  }

  it("fails with 500 when the request template gives no statusCode", async () => {
    const res = await send(server.url, "/no-template");
    expect(res.status).toBe(500);
    expect(res.json()).toEqual({ message: "Internal server error" });
    expect(res.headers["x-amzn-errortype"]).toBe("InternalServerErrorException");
    expect(server.logs.some((l) => l.includes("Unable to parse statusCode"))).toBe(true);
  });

  it("fills $context, $input.params and $stageVariables like API Gateway", async () => {
    const res = await send(server.url, "/context/a%20b?q=1", {
      method: "POST",
      headers: { "X-Custom": "custom", "User-Agent": "jest-agent" },
    });
    const body = res.json<Record<string, unknown>>();
    expect(body).toMatchObject({
      requestId: res.headers["x-amzn-requestid"],
      extendedRequestId: res.headers["x-amz-apigw-id"],
      httpMethod: "POST",
      resourcePath: "/context/{id}",
      path: "/v1/context/a%20b",
      stage: "v1",
      apiId: "abcde12345",
      accountId: "111122223333",
      protocol: "HTTP/1.1",
      sourceIp: "127.0.0.1",
      userAgent: "jest-agent",
      domainName: new URL(server.url).host,
      stageVariable: "blue",
      id: "a b",
      q: "1",
      header: "custom",
    });
    expect(body.requestTime).toMatch(/^\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} \+0000$/);
    expect(Math.abs(Number(body.epoch) - Date.now())).toBeLessThan(60_000);
    expect(body.resourceId).toMatch(/^[a-z0-9]{6}$/);
  });

  it("applies responseParameters and $context.responseOverride", async () => {
    const res = await send(server.url, "/override");
    expect(res.status).toBe(418);
    expect(res.headers["x-static"]).toBe("static");
    expect(res.headers["x-teapot"]).toBe("yes");
    expect(res.json()).toEqual({ overridden: true });
  });
});

describe("passthrough behaviour", () => {
  const post = (path: string, contentType: string | undefined) =>
    send(server.url, path, { method: "POST", body: '{"statusCode": 404}', headers: contentType === undefined ? {} : { "Content-Type": contentType } });

  it("WHEN_NO_MATCH passes an unmatched content type through", async () => {
    const res = await post("/passthrough/when_no_match/1", "text/plain");
    expect(res.status).toBe(404);
    expect(res.json()).toEqual({ from: "client body" });
  });
  it("WHEN_NO_TEMPLATES refuses an unmatched content type when templates exist", async () => {
    const res = await post("/passthrough/when_no_templates/1", "text/plain");
    expect(res.status).toBe(415);
    expect(res.json()).toEqual({ message: "Unsupported Media Type" });
    expect(res.headers["x-amzn-errortype"]).toBe("BadRequestException");
  });
  it("WHEN_NO_TEMPLATES passes through when there are no templates", async () => {
    expect((await post("/passthrough/when_no_templates/0", "text/plain")).status).toBe(404);
  });
  it("NEVER refuses an unmatched content type", async () => {
    expect((await post("/passthrough/never/1", "text/plain")).status).toBe(415);
  });
  it("NEVER accepts the matching content type, with parameters", async () => {
    const res = await post("/passthrough/never/1", "application/json; charset=utf-8");
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ from: "template" });
  });
  it("treats a request without Content-Type as application/json", async () => {
    expect((await post("/passthrough/never/1", undefined)).status).toBe(200);
  });
});
