import { renderIntegrationUri } from "./render-uri";

describe("renderIntegrationUri", () => {
  it("substitutes stage variables, missing ones as empty", () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: API Gateway URIs use ${stageVariables.x} literally.
    expect(renderIntegrationUri("https://${stageVariables.host}/a${stageVariables.none}", { host: "example.com:8080" }, {})).toBe("https://example.com:8080/a");
  });
  it("fills path placeholders, encoding each segment and keeping greedy slashes", () => {
    expect(renderIntegrationUri("http://h/{proxy}/x/{id}", {}, { proxy: "a b/c", id: "1?2" })).toBe("http://h/a%20b/c/x/1%3F2");
  });
  it("leaves a placeholder nothing is mapped to", () => {
    expect(renderIntegrationUri("http://h/{id}", {}, {})).toBe("http://h/{id}");
  });
});
