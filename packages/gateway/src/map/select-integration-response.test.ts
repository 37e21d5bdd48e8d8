import { integrationResponse } from "@apigw-playground/routes/testing";
import { selectIntegrationResponse } from "./select-integration-response";

const responses = [
  integrationResponse({ selectionPattern: "default", statusCode: "200" }),
  integrationResponse({ selectionPattern: "4\\d{2}", statusCode: "400" }),
  integrationResponse({ selectionPattern: "404", statusCode: "404" }),
  integrationResponse({ selectionPattern: "5\\d{2}", statusCode: "500" }),
];

describe("selectIntegrationResponse", () => {
  it("takes the first pattern, in template order, that matches the status code", () => {
    expect(selectIntegrationResponse(responses, "404")?.statusCode).toBe("400");
    expect(selectIntegrationResponse(responses, "503")?.statusCode).toBe("500");
  });
  it("matches the whole status code, not a part of it", () => {
    const partial = [integrationResponse({ selectionPattern: "4", statusCode: "400" }), integrationResponse({ statusCode: "200" })];
    expect(selectIntegrationResponse(partial, "404")?.statusCode).toBe("200");
  });
  it("takes the default when no pattern matches", () => {
    expect(selectIntegrationResponse(responses, "201")?.statusCode).toBe("200");
  });
  it("finds nothing without a match or a default", () => {
    expect(selectIntegrationResponse([integrationResponse({ selectionPattern: "5\\d{2}" })], "200")).toBeUndefined();
  });
  it("never matches a pattern JavaScript cannot compile", () => {
    expect(selectIntegrationResponse([integrationResponse({ selectionPattern: "(" })], "(")).toBeUndefined();
  });
});
