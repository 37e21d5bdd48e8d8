import { existsSync } from "node:fs";
import { join } from "node:path";
import { checkTemplate } from "../src/load/check-template";
import { listTemplateFiles } from "../src/load/load-templates";
import { formatProblem } from "../src/problems/format-problem";

// The repository's own templates (written alongside this package) must load without problems.
// The folder may still be empty while they are being written: then there is nothing to check.
const dir = join(__dirname, "../../../templates");
const files = existsSync(dir) ? listTemplateFiles(dir) : [];

describe("the repository's templates", () => {
  if (files.length === 0) {
    it.skip("load without problems (no templates/*/template.yaml yet)", () => {});
    return;
  }

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
