// Starts an entry point of the demo (main: `pnpm demo`, serve: `pnpm local`) in this process, with
// no second pnpm and no tsx child process: the esbuild bundle in dist/ when it is fresh, else it
// rebuilds the bundle (scripts/bundle.ts, about half a second) and runs that; if building fails
// (a read-only checkout, say), the TypeScript sources through tsx's require hook. APIGW_DEMO_SOURCES=1
// runs the sources directly.
const { readFileSync, statSync } = require("node:fs");
const { join } = require("node:path");

const defaultPackageDir = join(__dirname, "..");

/** mtime of a file in ms, or undefined when it does not exist. */
function modifiedAt(file) {
  try {
    return statSync(file).mtimeMs;
  } catch (error) {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return undefined;
    throw error;
  }
}

/** Whether dist/<entry>.cjs was built in this checkout from the sources as they are now (none newer). */
function isFresh(entry, packageDir = defaultPackageDir) {
  const built = modifiedAt(join(packageDir, "dist", `${entry}.cjs`));
  const manifestFile = join(packageDir, "dist", "manifest.json");
  if (built === undefined || modifiedAt(manifestFile) === undefined) return false;
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
  if (manifest.root !== join(packageDir, "..", "..")) return false;
  return manifest.inputs.every((input) => {
    const changed = modifiedAt(join(manifest.root, input));
    return changed !== undefined && changed <= built;
  });
}

function runSources(entry) {
  require("tsx/cjs/api").register();
  require(`../src/${entry}.ts`);
}

function launch(entry) {
  // --verbose prints stack traces: point them at the TypeScript sources (dist/*.cjs.map).
  if (process.argv.includes("--verbose")) process.setSourceMapsEnabled(true);
  if (process.env.APIGW_DEMO_SOURCES === "1") return runSources(entry);
  const bundle = join(defaultPackageDir, "dist", `${entry}.cjs`);
  if (isFresh(entry)) return require(bundle);
  require("tsx/cjs/api").register();
  const { bundleDemo } = require("../scripts/bundle.ts");
  return bundleDemo().then(
    () => require(bundle),
    (error) => {
      if (process.env.APIGW_DEMO_DEBUG === "1") process.stderr.write(`The bundle failed, running the sources: ${error.stack}\n`);
      runSources(entry);
    },
  );
}

module.exports = { launch, isFresh };
