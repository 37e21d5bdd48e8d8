import { createRequestContext } from "../context/request-context";
import { parseQueryString } from "../request/query-string";
import type { MappingSources } from "./mapping-expression";
import { mapRequestParameters, mapResponseHeaders } from "./request-parameters";

const context = createRequestContext({
  accountId: "123456789012",
  apiId: "abcde12345",
  deploymentId: "dep1",
  stage: "v1",
  method: "POST",
  rawPath: "/v1/items/7",
  host: "127.0.0.1:3000",
  userAgent: "test",
  sourceIp: "127.0.0.1",
  protocol: "HTTP/1.1",
  requestId: "req-1",
  extendedRequestId: "ext-1",
  now: new Date(0),
});

const sources: MappingSources = {
  context,
  stageVariables: { table: "items" },
  methodRequest: {
    path: { id: "7" },
    query: parseQueryString("q=a&q=b&one=1"),
    headers: { "x-trace": "t1", "x-multi": ["m1", "m2"] },
    body: () => '{"a":{"b":[1,{"c":"deep"}]},"n":2}',
  },
  integrationResponse: {
    headers: { etag: '"abc"', "set-cookie": ["a=1", "b=2"] },
    body: () => '{"result":{"id":42,"tags":["x"]}}',
  },
};

describe("mapRequestParameters", () => {
  it("maps every kind of source into headers, query strings and path parameters", () => {
    const mapped = mapRequestParameters(
      {
        "integration.request.header.X-Static": "'fixed'",
        "integration.request.header.X-Trace": "method.request.header.X-Trace",
        "integration.request.header.X-Multi": "method.request.multivalueheader.X-Multi",
        "integration.request.querystring.q": "method.request.querystring.q",
        "integration.request.querystring.all": "method.request.multivaluequerystring.q",
        "integration.request.path.id": "method.request.path.id",
        "integration.request.header.X-Stage": "stageVariables.table",
        "integration.request.header.X-Request": "context.requestId",
        "integration.request.header.X-Ip": "context.identity.sourceIp",
        "integration.request.header.X-Body": "method.request.body",
        "integration.request.header.X-Deep": "method.request.body.a.b[1].c",
        "integration.request.header.X-Number": "method.request.body.n",
      },
      sources,
    );
    expect(mapped).toEqual({
      header: {
        "X-Static": "fixed",
        "X-Trace": "t1",
        "X-Multi": ["m1", "m2"],
        "X-Stage": "items",
        "X-Request": "req-1",
        "X-Ip": "127.0.0.1",
        "X-Body": '{"a":{"b":[1,{"c":"deep"}]},"n":2}',
        "X-Deep": "deep",
        "X-Number": "2",
      },
      querystring: { q: "b", all: ["a", "b"] },
      path: { id: "7" },
    });
  });
  it("leaves out targets whose source has no value", () => {
    const mapped = mapRequestParameters(
      { "integration.request.header.X-None": "method.request.header.Absent", "integration.request.querystring.x": "stageVariables.nope" },
      sources,
    );
    expect(mapped).toEqual({ header: {}, querystring: {}, path: {} });
  });
});

describe("mapResponseHeaders", () => {
  it("maps integration response headers, body fields and static values", () => {
    const headers = mapResponseHeaders(
      {
        "method.response.header.ETag": "integration.response.header.ETag",
        "method.response.header.X-Id": "integration.response.body.result.id",
        "method.response.header.X-Tags": "integration.response.body.result.tags",
        "method.response.header.X-Cookies": "integration.response.multivalueheader.Set-Cookie",
        "method.response.header.X-Static": "'yes'",
        "method.response.header.X-Missing": "integration.response.header.Nope",
      },
      "method.response.header.",
      sources,
    );
    expect(headers).toEqual({ ETag: '"abc"', "X-Id": "42", "X-Tags": '["x"]', "X-Cookies": "a=1,b=2", "X-Static": "yes" });
  });
  it("ignores keys with another prefix", () => {
    expect(mapResponseHeaders({ "gatewayresponse.header.X": "'a'" }, "method.response.header.", sources)).toEqual({});
  });
});
