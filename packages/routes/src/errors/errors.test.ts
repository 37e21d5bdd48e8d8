import { RoutesError } from "./RoutesError";
import { TemplateNotFoundError } from "./TemplateNotFoundError";
import { TemplateProblemsError } from "./TemplateProblemsError";

describe("errors", () => {
  const problems = [
    { template: "t.yaml", route: "GET /x", field: "operationId", message: "operationId is required" },
    { template: "t.yaml", line: 3, column: 5, field: "Parameters.A", message: "bad" },
  ];

  it("lists every problem in the message as template: route: field: message", () => {
    const error = new TemplateProblemsError(problems);
    expect(error.message).toBe(
      "2 problems in API templates; fix them and load again:\n  t.yaml: GET /x: operationId: operationId is required\n  t.yaml:3:5: Parameters.A: bad",
    );
    expect(error.problems).toBe(problems);
  });

  it("carries an AWS-style name, fault and metadata", () => {
    const error = new TemplateProblemsError(problems);
    expect(error).toMatchObject({ name: "ValidationError", $fault: "client", $metadata: { httpStatusCode: 400 } });
    expect(new TemplateNotFoundError("no file")).toMatchObject({ name: "NotFoundException", $metadata: { httpStatusCode: 404 } });
  });

  it("keeps instanceof per class", () => {
    const error = new TemplateNotFoundError("no file");
    expect(error).toBeInstanceOf(RoutesError);
    expect(error).toBeInstanceOf(TemplateNotFoundError);
    expect(error).not.toBeInstanceOf(TemplateProblemsError);
    expect(new Error("x")).not.toBeInstanceOf(RoutesError);
  });

  it("recognises errors from another copy of the package by their brand", () => {
    // A second, separately loaded copy of the error modules stands for a duplicate install.
    let OtherTemplateProblemsError: typeof TemplateProblemsError | undefined;
    jest.isolateModules(() => {
      OtherTemplateProblemsError = require("./TemplateProblemsError").TemplateProblemsError;
    });
    expect(OtherTemplateProblemsError).not.toBe(TemplateProblemsError);
    const foreign = new OtherTemplateProblemsError!(problems);
    expect(foreign).toBeInstanceOf(TemplateProblemsError);
  });
});
