// Renders the Method Request passthrough template and the photos template many times with this
// package (compiled once) and, as the baseline, with plain velocityjs parsing and rendering each time
// (what a naive integration does). Prints time per render and the ratio. Run: pnpm bench
import { performance } from "node:perf_hooks";
import { render as velocityRender } from "velocityjs";
import { compileTemplate, renderTemplate } from "../src/index";

const photos = `#set($inputRoot = $input.path('$'))
{"photos": [
#foreach($elem in $inputRoot.photos.photo)
  {"id": "$elem.id", "title": "$util.escapeJavaScript($elem.title).replaceAll("\\\\'","'")", "ispublic": $elem.ispublic}#if($foreach.hasNext),#end
#end
]}`;
const body = JSON.stringify({
  photos: { photo: Array.from({ length: 20 }, (_, i) => ({ id: String(i), title: `Photo ${i} it's`, ispublic: i % 2 === 0 })) },
});
const input = {
  body,
  params: { path: { id: "1" }, querystring: { q: "x" }, header: { Accept: "application/json", Host: "example" } },
  context: { requestId: "r", stage: "dev", identity: { sourceIp: "127.0.0.1" } },
  stageVariables: { env: "dev" },
};

function time(label: string, iterations: number, fn: () => void): number {
  for (let i = 0; i < 200; i++) fn();
  const start = performance.now();
  for (let i = 0; i < iterations; i++) fn();
  const perRender = ((performance.now() - start) * 1000) / iterations;
  console.log(`${label.padEnd(44)} ${perRender.toFixed(1).padStart(8)} µs/render`);
  return perRender;
}

const compiled = compileTemplate(photos);
const ours = time("@apigw-playground/vtl (compiled once)", 5000, () => renderTemplate(compiled, input));
const baseline = time("velocityjs render (parse every time)", 5000, () =>
  velocityRender(photos, { input: { path: () => JSON.parse(body) }, util: { escapeJavaScript: (s: string) => s } }),
);
console.log(`ratio (ours / baseline): ${(ours / baseline).toFixed(2)}`);
