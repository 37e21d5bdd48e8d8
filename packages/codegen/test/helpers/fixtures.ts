import { join } from "node:path";

/** The codegen fixtures: templates/<name>/template.yaml and the committed output in generated/. */
export const fixturesDir = join(__dirname, "..", "fixtures");
export const fixtureTemplatesDir = join(fixturesDir, "templates");
export const fixtureGeneratedDir = join(fixturesDir, "generated");
