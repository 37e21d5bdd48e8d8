import { apiModel, mockIntegration, routeModel } from "@apigw-playground/routes/testing";
import { serve } from "./helpers/gateway";
import { send } from "./helpers/http";

// Each route echoes which route answered and its path parameters.
function echo(name: string) {
  return mockIntegration({
    responses: [
      {
        selectionPattern: "default",
        statusCode: "200",
        responseParameters: {},
        responseTemplates: { "application/json": `{"route":"${name}","params":"$input.params().path","resourcePath":"$context.resourcePath"}` },
      },
    ],
  });
}

const routes = [
  routeModel({ method: "GET", path: "/", integration: echo("root") }),
  routeModel({ method: "GET", path: "/items", integration: echo("items") }),
  routeModel({ method: "GET", path: "/items/{id}", integration: echo("item") }),
  routeModel({ method: "GET", path: "/items/special", integration: echo("special") }),
  routeModel({ method: "ANY", path: "/files/{key+}", integration: echo("files") }),
];

let server: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  server = await serve(apiModel({ routes }));
});
afterAll(() => server.gateway.stop());

const get = (path: string, method = "GET") => send(server.url.replace(/\/v1$/, ""), path, { method });

describe("routing", () => {
  it("routes by stage then resource path", async () => {
    const res = await get("/v1/items/42");
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ route: "item", params: "{id=42}", resourcePath: "/items/{id}" });
  });
  it("prefers a literal resource over a path parameter", async () => {
    expect((await get("/v1/items/special")).json()).toMatchObject({ route: "special" });
  });
  it("lets a greedy path parameter take the rest of the path, for any method", async () => {
    const res = await get("/v1/files/a/b%20c/d.txt", "DELETE");
    expect(res.json()).toMatchObject({ route: "files", params: "{key=a/b c/d.txt}" });
  });
  it("ignores a trailing slash", async () => {
    expect((await get("/v1/items/")).json()).toMatchObject({ route: "items" });
    expect((await get("/v1/")).json()).toMatchObject({ route: "root" });
    expect((await get("/v1")).json()).toMatchObject({ route: "root" });
  });

  const unknown: [string, string, string][] = [
    ["an unknown stage", "GET", "/v2/items"],
    ["no stage at all", "GET", "/"],
    ["an unknown resource", "GET", "/v1/nothing"],
    ["a method the resource does not have", "POST", "/v1/items"],
    ["HEAD on a GET-only resource", "HEAD", "/v1/items"],
  ];
  for (const [what, method, path] of unknown) {
    it(`answers 403 Missing Authentication Token for ${what}`, async () => {
      const res = await get(path, method);
      expect(res.status).toBe(403);
      expect(res.headers["x-amzn-errortype"]).toBe("MissingAuthenticationTokenException");
      if (method !== "HEAD") expect(res.json()).toEqual({ message: "Missing Authentication Token" });
    });
  }

  it("puts x-amzn-RequestId, x-amz-apigw-id and Date on every answer", async () => {
    for (const res of [await get("/v1/items"), await get("/v1/nope")]) {
      expect(res.headers["x-amzn-requestid"]).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.headers["x-amz-apigw-id"]).toMatch(/^[A-Za-z0-9+/]{15}=$/);
      expect(new Date(String(res.headers.date)).getTime()).not.toBeNaN();
    }
  });
});
