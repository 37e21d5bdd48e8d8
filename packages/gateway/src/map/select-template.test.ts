import { mockIntegration } from "@apigw-playground/routes/testing";
import { selectRequestTemplate, selectResponseTemplate } from "./select-template";

const json = { "application/json": "J" };
const jsonAndXml = { "application/json": "J", "application/xml": "X" };

describe("selectRequestTemplate", () => {
  it("picks the template of the request's Content-Type, without its parameters", () => {
    const integration = mockIntegration({ requestTemplates: jsonAndXml });
    expect(selectRequestTemplate(integration, "application/xml; charset=utf-8")).toEqual({ kind: "template", contentType: "application/xml", template: "X" });
  });
  it("assumes application/json when there is no Content-Type", () => {
    expect(selectRequestTemplate(mockIntegration({ requestTemplates: json }), undefined)).toMatchObject({ kind: "template", template: "J" });
  });
  it("uses a $default template for other content types", () => {
    const integration = mockIntegration({ requestTemplates: { $default: "D" } });
    expect(selectRequestTemplate(integration, "text/plain")).toMatchObject({ kind: "template", template: "D" });
  });

  const cases: [string, Record<string, string>, string, string][] = [
    ["WHEN_NO_MATCH", json, "text/plain", "passthrough"],
    ["WHEN_NO_MATCH", {}, "text/plain", "passthrough"],
    ["WHEN_NO_TEMPLATES", {}, "text/plain", "passthrough"],
    ["WHEN_NO_TEMPLATES", json, "text/plain", "unsupported"],
    ["NEVER", {}, "text/plain", "unsupported"],
    ["NEVER", json, "text/plain", "unsupported"],
    ["NEVER", json, "application/json", "template"],
  ];
  for (const [behavior, templates, contentType, expected] of cases) {
    it(`${behavior} with ${Object.keys(templates).length} template(s) and ${contentType}: ${expected}`, () => {
      const integration = mockIntegration({ requestTemplates: templates, passthroughBehavior: behavior as "NEVER" });
      expect(selectRequestTemplate(integration, contentType).kind).toBe(expected);
    });
  }
});

describe("selectResponseTemplate", () => {
  it("picks the template of the first Accept type", () => {
    expect(selectResponseTemplate(jsonAndXml, "application/xml, application/json")).toEqual({ contentType: "application/xml", template: "X" });
  });
  it("falls back to application/json when the Accept type has no template", () => {
    expect(selectResponseTemplate(jsonAndXml, "text/html")).toEqual({ contentType: "application/json", template: "J" });
    expect(selectResponseTemplate(jsonAndXml, undefined)?.template).toBe("J");
  });
  it("falls back to the first template when there is no application/json one", () => {
    expect(selectResponseTemplate({ "text/plain": "T", "application/xml": "X" }, "*/*")).toEqual({ contentType: "text/plain", template: "T" });
  });
  it("has nothing to pick without templates", () => {
    expect(selectResponseTemplate({}, "application/json")).toBeUndefined();
  });
});
