import { basename, dirname, extname } from "node:path";

/** `templates/dynamodb/template.yaml` → `dynamodb`; `api.yaml` → `api`. */
export function templateName(file: string): string {
  const stem = basename(file, extname(file));
  return stem === "template" ? basename(dirname(file)) : stem;
}
