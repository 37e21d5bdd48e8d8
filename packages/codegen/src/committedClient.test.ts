import { findTemplatesDir, loadTemplates } from "@apigw-playground/routes";
import { anyKeywords } from "../test/helpers/anyKeywords";
import { biomeFormat } from "../test/helpers/biomeFormat";
import { defaultOutDir } from "./cli/runCli";
import { diffGeneratedFiles } from "./files/syncGeneratedFiles";
import { generateClientModules } from "./generateClientModules";

// The CI drift check as a test: what is committed in packages/client/src/generated is what
// the templates generate today. When it fails: run `pnpm generate` and commit the result.
describe("the committed client modules", () => {
  const files = generateClientModules(loadTemplates(findTemplatesDir(__dirname)));

  it("are what the templates generate (otherwise: pnpm generate, and commit)", () => {
    const diff = diffGeneratedFiles(defaultOutDir, files);
    expect({ stale: diff.stale, missing: diff.missing, extra: diff.extra }).toEqual({ stale: [], missing: [], extra: [] });
    expect(diff.unchanged).toEqual([...files.keys()]);
  });

  it("cover the eight templates of the repository", () => {
    expect([...files.keys()]).toEqual(["dynamodb.ts", "events.ts", "http.ts", "index.ts", "mock.ts", "s3.ts", "sfn.ts", "sns.ts", "vpclink.ts"]);
  });

  it("are formatted as biome formats and hold no `any`", () => {
    for (const [name, contents] of files) {
      expect(biomeFormat(contents, name)).toBe(contents);
      expect(anyKeywords(contents)).toEqual([]);
    }
  });
});
