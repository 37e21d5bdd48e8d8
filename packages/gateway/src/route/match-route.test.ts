import { routeModel } from "@apigw-playground/routes/testing";
import { matchResource, matchRoute, resourceTarget } from "./match-route";
import { buildRouteTree } from "./route-tree";

const tree = buildRouteTree([
  routeModel({ method: "GET", path: "/" }),
  routeModel({ method: "GET", path: "/items" }),
  routeModel({ method: "GET", path: "/items/special" }),
  routeModel({ method: "GET", path: "/items/{id}" }),
  routeModel({ method: "DELETE", path: "/items/{id}" }),
  routeModel({ method: "GET", path: "/items/{id}/parts/{part}" }),
  routeModel({ method: "ANY", path: "/files/{key+}" }),
  routeModel({ method: "GET", path: "/files/{key+}" }),
  routeModel({ method: "POST", path: "/catch/{proxy+}" }),
  routeModel({ method: "ANY", path: "/{proxy+}" }),
]);

function match(method: string, rawPath: string) {
  const target = resourceTarget(rawPath, "v1");
  if (target === undefined) return undefined;
  const found = matchRoute(tree, method, target.segments);
  return found && { path: found.route.path, method: found.route.method, params: found.pathParameters };
}

describe("resourceTarget", () => {
  it("splits the stage from the resource path", () => {
    expect(resourceTarget("/v1/items/a", "v1")).toEqual({ segments: ["items", "a"], rawResourcePath: "/items/a" });
  });
  it("treats the bare stage, with or without a slash, as the root resource", () => {
    expect(resourceTarget("/v1", "v1")?.segments).toEqual([]);
    expect(resourceTarget("/v1/", "v1")?.segments).toEqual([]);
  });
  it("ignores a trailing slash", () => {
    expect(resourceTarget("/v1/items/", "v1")?.segments).toEqual(["items"]);
  });
  it("refuses another stage, or a stage that only starts the same", () => {
    expect(resourceTarget("/v2/items", "v1")).toBeUndefined();
    expect(resourceTarget("/v1x/items", "v1")).toBeUndefined();
    expect(resourceTarget("/", "v1")).toBeUndefined();
  });
  it("decodes each segment", () => {
    expect(resourceTarget("/v1/items/a%20b%2Fc", "v1")?.segments).toEqual(["items", "a b/c"]);
  });
});

describe("matchRoute", () => {
  it("prefers a literal segment over a path parameter", () => {
    expect(match("GET", "/v1/items/special")).toEqual({ path: "/items/special", method: "GET", params: {} });
  });
  it("fills path parameters, decoded", () => {
    expect(match("GET", "/v1/items/a%20b")?.params).toEqual({ id: "a b" });
    expect(match("GET", "/v1/items/1/parts/2")?.params).toEqual({ id: "1", part: "2" });
  });
  it("matches the method defined on the resource", () => {
    expect(match("DELETE", "/v1/items/1")?.path).toBe("/items/{id}");
  });
  it("falls back to a less specific resource when the most specific lacks the method", () => {
    expect(match("PUT", "/v1/items/1")).toEqual({ path: "/{proxy+}", method: "ANY", params: { proxy: "items/1" } });
  });
  it("prefers an exact method over ANY on the same resource", () => {
    expect(match("GET", "/v1/files/a/b.txt")?.method).toBe("GET");
    expect(match("PUT", "/v1/files/a/b.txt")?.method).toBe("ANY");
  });
  it("lets a greedy parameter take one or more segments", () => {
    expect(match("GET", "/v1/files/a")?.params).toEqual({ key: "a" });
    expect(match("GET", "/v1/files/a/b/c")?.params).toEqual({ key: "a/b/c" });
  });
  it("does not let a greedy parameter match zero segments", () => {
    expect(match("POST", "/v1/catch")).toEqual({ path: "/{proxy+}", method: "ANY", params: { proxy: "catch" } });
  });
  it("matches the root resource", () => {
    expect(match("GET", "/v1")?.path).toBe("/");
    expect(match("GET", "/v1/")?.path).toBe("/");
  });
  it("does not answer HEAD with a GET method", () => {
    const headTree = buildRouteTree([routeModel({ method: "GET", path: "/items" })]);
    expect(matchRoute(headTree, "HEAD", ["items"])).toBeUndefined();
  });
  it("finds nothing for an unknown path without a greedy fallback", () => {
    const small = buildRouteTree([routeModel({ method: "GET", path: "/items/{id}" })]);
    expect(matchRoute(small, "GET", ["items"])).toBeUndefined();
    expect(matchRoute(small, "GET", ["items", "1", "x"])).toBeUndefined();
    expect(matchRoute(small, "GET", ["items", ""])).toBeUndefined();
  });
  it("finds the resource of a path whatever the method", () => {
    expect(matchResource(buildRouteTree([routeModel({ method: "GET", path: "/items/{id}" })]), ["items", "7"])?.path).toBe("/items/{id}");
  });
});
