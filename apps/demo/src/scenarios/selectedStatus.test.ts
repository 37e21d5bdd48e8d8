import { join } from "node:path";
import { findTemplatesDir, loadTemplate, type RouteModel } from "@apigw-playground/routes";
import { integrationResponse } from "@apigw-playground/routes/testing";
import { selectedStatus } from "./selectedStatus";

// The mock template's chooseStatus route: its selection patterns map the requested status.
const mock = loadTemplate(join(findTemplatesDir(), "mock", "template.yaml"));
const chooseStatus = mock.apis[0]?.routes.find((route) => route.operationId === "chooseStatus") as RouteModel;

describe("selectedStatus", () => {
  it.each([
    [200, 200],
    [302, 200],
    [404, 404],
    [418, 400],
    [503, 500],
  ])("maps a MOCK status %i to the method response %i by the template's selection patterns", (requested, expected) => {
    expect(selectedStatus(chooseStatus, requested)).toBe(expected);
  });

  it("matches the whole status, as API Gateway does", () => {
    const route = { integration: { ...chooseStatus.integration, responses: [integrationResponse({ selectionPattern: "4", statusCode: "400" })] } };
    expect(selectedStatus(route, 404)).toBeUndefined();
  });
});
