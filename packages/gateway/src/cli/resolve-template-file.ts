import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { findTemplatesDir, listTemplateFiles } from "@apigw-playground/routes";
import { GatewayOptionsError } from "../errors/GatewayOptionsError";

/**
 * A template argument as a file: a template file, a folder holding `template.yaml`, or the name of
 * a folder of the repository's `templates/`.
 * @throws GatewayOptionsError naming the templates there are when nothing matches
 */
export function resolveTemplateFile(argument: string, cwd: string = process.cwd()): string {
  const path = resolve(cwd, argument);
  if (existsSync(path)) {
    if (statSync(path).isFile()) return path;
    const inside = join(path, "template.yaml");
    if (existsSync(inside)) return inside;
    throw new GatewayOptionsError(`${argument} is a folder without a template.yaml.`);
  }
  let dir: string;
  try {
    dir = findTemplatesDir(cwd);
  } catch (e) {
    throw new GatewayOptionsError(`No template file ${argument}, and no templates/ folder to look for it in.`, e);
  }
  const named = join(dir, argument, "template.yaml");
  if (existsSync(named)) return named;
  const known = listTemplateFiles(dir).map((file) => file.split(/[\\/]/).at(-2));
  throw new GatewayOptionsError(`No template "${argument}": not a file, and not one of ${known.join(", ")}.`);
}
