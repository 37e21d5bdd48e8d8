import { VtlBodyParseError } from "../errors/VtlBodyParseError";
import { render } from "../testing";

const params = { path: { id: "p1" }, querystring: { q: "v", id: "qid" }, header: { "X-Head": "h" } };

describe("$input", () => {
  test("params(x) searches path, then query string, then headers (case-insensitively)", () => {
    expect(render("$input.params('id')|$input.params('q')|$input.params('x-head')|[$input.params('none')]", { params })).toBe(
      "p1|v|h|[]",
    );
  });

  test("params() is a map of path, querystring and header maps", () => {
    expect(render("$input.params()|$input.params().header.get('x-head')|$input.params().querystring.keySet()", { params })).toBe(
      "{path={id=p1}, querystring={q=v, id=qid}, header={X-Head=h}}|h|[q, id]",
    );
  });

  test("an empty body reads as {}", () => {
    expect(render("[$input.body][$input.json('$')][$input.path('$')]")).toBe("[{}][{}][{}]");
  });

  test("json() serializes like json-smart and gives null for a missing definite path", () => {
    const body = JSON.stringify({ a: "x/yé\u2028", n: 2.5 });
    expect(render("$input.json('$.a')|$input.json('$.missing')|[$input.path('$.missing')]|$input.json('$.n')", { body })).toBe(
      '"x\\/yé\\u2028"|null|[]|2.5',
    );
  });

  test("path() of an indefinite path is a JSON list, empty when nothing matches", () => {
    expect(render("$input.path('$.x[*].q')|$input.path('$..a')", { body: '{"x":[1,{"a":2}]}' })).toBe("[]|[2]");
  });

  test("a body that is not JSON fails with 400 when the template reads it as JSON", () => {
    expect(render("$input.body", { body: "not json" })).toBe("not json");
    expect(() => render("$input.json('$')", { body: "not json" })).toThrow(VtlBodyParseError);
    let error: unknown;
    try {
      render("$input.path('$.a')", { body: "{", context: { requestId: "r-1" } });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ name: "BadRequestException", $fault: "client", $metadata: { httpStatusCode: 400, requestId: "r-1" } });
  });
});
