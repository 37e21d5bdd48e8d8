// Renders the cases of a module (default export: [{ name, template, body?, params?, context?, stageVariables? }])
// with this package and with the Java reference (scripts/oracle), and prints the cases whose output differs.
// Usage: pnpm exec tsx scripts/compare.ts <cases.mjs>
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { renderTemplate } from "../src/index";

interface Case {
  name?: string;
  template: string;
  body?: string;
  params?: { path?: Record<string, string>; querystring?: Record<string, string>; header?: Record<string, string> };
  context?: Record<string, unknown>;
  stageVariables?: Record<string, string>;
}

async function main(file: string | undefined): Promise<void> {
if (file === undefined) throw new Error("usage: tsx scripts/compare.ts <cases.mjs>");
const cases = ((await import(pathToFileURL(resolve(file)).href)) as { default: Case[] }).default;
const oracle = JSON.parse(
  execFileSync(resolve(__dirname, "oracle/run-oracle.sh"), { input: JSON.stringify(cases) }).toString(),
) as { output?: string; error?: string }[];
let same = 0;
cases.forEach((c, i) => {
  let ours: string;
  try {
    ours = renderTemplate(c.template, {
      body: c.body ?? "",
      params: { path: c.params?.path ?? {}, querystring: c.params?.querystring ?? {}, header: c.params?.header ?? {} },
      context: c.context ?? {},
      stageVariables: c.stageVariables ?? {},
    }).body;
  } catch (e) {
    ours = `ERROR ${(e as Error).message}`;
  }
  const java = oracle[i]?.output ?? `ERROR ${oracle[i]?.error}`;
  if (ours === java) same++;
  else console.log(`--- ${c.name ?? i}\n  java: ${JSON.stringify(java)}\n  ours: ${JSON.stringify(ours)}`);
});
console.log(`${same}/${cases.length} identical`);
}

main(process.argv[2]).catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
