import { join } from "node:path";

/** Absolute path of a fixture template: `fixture("good")` → test/fixtures/good/template.yaml. */
export function fixture(name: string): string {
  return join(__dirname, "fixtures", name, "template.yaml");
}
