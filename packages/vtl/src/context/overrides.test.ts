import { VtlRenderError } from "../errors/VtlRenderError";
import { renderWith } from "../testing";

describe("$context.requestOverride / responseOverride", () => {
  test("collects request header, path and query string overrides", () => {
    const result = renderWith(
      `#set($context.requestOverride.header.X-Trace = "t")#set($context.requestOverride.path.id = 7)#set($context.requestOverride.querystring['a b'] = "c")`,
    );
    expect(result.requestOverrides).toEqual({ header: { "X-Trace": "t" }, path: { id: "7" }, querystring: { "a b": "c" } });
  });

  test("collects the response status and headers", () => {
    const result = renderWith(
      `#set($context.responseOverride.status = 404)#set($context.responseOverride.header['Content-Type'] = "text/plain")`,
    );
    expect(result.responseOverrides).toEqual({ status: 404, header: { "Content-Type": "text/plain" }, path: {}, querystring: {} });
  });

  test("fails when the same override is set twice (API Gateway answers 5XX)", () => {
    expect(() =>
      renderWith(`#set($context.responseOverride.status = 400)#set($context.responseOverride.status = 401)`),
    ).toThrow(VtlRenderError);
  });

  test("keeps the caller's context variables readable next to the overrides", () => {
    expect(renderWith("$context.stage/$context.requestOverride.header", { context: { stage: "dev" } }).body).toBe("dev/{}");
  });
});
