import { basename, dirname, join } from "node:path";
import { checkTemplate } from "../src/load/check-template";
import { listTemplateFiles } from "../src/load/load-templates";
import { formatProblem } from "../src/problems/format-problem";

// The repository's own templates, the project's route definitions, must load without problems.
const files = listTemplateFiles(join(__dirname, "../../../templates"));

describe("the repository's templates", () => {
  it("are the eight integrations the project documents", () => {
    expect(files.map((file) => basename(dirname(file))).sort()).toEqual(["dynamodb", "events", "http", "mock", "s3", "sfn", "sns", "vpclink"]);
  });

  it.each(files)("%s loads without problems", (file) => {
    const { model, problems } = checkTemplate(file);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(model?.apis.length).toBeGreaterThan(0);
    for (const api of model?.apis ?? []) {
      expect(api.routes.length).toBeGreaterThan(0);
      expect(api.restApiId).toMatch(/^[a-z0-9]{10}$/);
    }
  });
});
