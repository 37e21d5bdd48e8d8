/**
 * `pnpm build`: bundles the demo's entry points (src/main.ts, src/serve.ts) into dist/*.cjs with
 * esbuild, so that `pnpm demo` starts without compiling ~380 TypeScript files through tsx on every
 * run (about 0.6 s of a 5 s budget). bin/launch.cjs runs the bundle while it is fresh and builds it
 * again when a source changed; this is also what it calls.
 *
 * Only the workspace's own TypeScript is bundled. npm packages stay where pnpm put them: each
 * import is resolved at build time from the importing file and written as a path relative to
 * dist/, so native modules, worker scripts and data files load from their real folders.
 * `__dirname`/`__filename` in workspace files are fixed to their source location for the same
 * reason (the template finder, the ASL validator's worker, the demo's image).
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { builtinModules, createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { build, type Plugin } from "esbuild";

const packageDir = join(__dirname, "..");
const repoRoot = join(packageDir, "..", "..");

/** Where the bundles go. */
export const DIST_DIR = join(packageDir, "dist");

/** The entry points: `dist/<name>.cjs` from `src/<name>.ts`. */
export const BUNDLE_ENTRIES = ["main", "serve"] as const;

/** What bin/launch.cjs checks before running a bundle. */
export interface BundleManifest {
  /** The repository the bundle was built in: its paths are absolute. */
  root: string;
  /** Every workspace file the bundle holds, relative to `root`, plus the lockfile (npm packages' paths). */
  inputs: string[];
}

/** The file bin/launch.cjs reads. */
export const MANIFEST_FILE = join(DIST_DIR, "manifest.json");

const builtins = new Set(builtinModules);

/** Keeps npm packages out of the bundle, at their resolved location; bundles workspace packages. */
function externalPackages(outDir: string): Plugin {
  return {
    name: "external-packages",
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith("node:") || builtins.has(args.path)) return { external: true };
        if (args.path.startsWith("@apigw-playground/")) return undefined;
        const resolved = createRequire(join(args.resolveDir, "noop.js")).resolve(args.path);
        const path = relative(outDir, resolved);
        return { path: path.startsWith(".") ? path : `./${path}`, external: true };
      });
    },
  };
}

/** Pins `__dirname` and `__filename` of workspace sources to where the sources are. */
const sourceLocations: Plugin = {
  name: "source-locations",
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.ts$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      if (!/__dirname|__filename/.test(source)) return { contents: source, loader: "ts" };
      const pinned = `const __dirname = ${JSON.stringify(dirname(args.path))}; const __filename = ${JSON.stringify(args.path)};\n`;
      return { contents: pinned + source, loader: "ts" };
    });
  },
};

/**
 * Builds dist/main.cjs, dist/serve.cjs and dist/manifest.json. Each file is written in a folder
 * of this process and renamed into dist/ (atomic on one file system), the manifest last: runs
 * that start meanwhile, or build at the same time, only ever load whole files.
 */
export async function bundleDemo(): Promise<BundleManifest> {
  // Inside dist/ (ignored by git), so that an interrupted build leaves nothing elsewhere.
  const staging = join(DIST_DIR, `.staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const result = await build({
    entryPoints: Object.fromEntries(BUNDLE_ENTRIES.map((name) => [name, join(packageDir, "src", `${name}.ts`)])),
    outdir: staging,
    outExtension: { ".js": ".cjs" },
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    sourcemap: "linked",
    metafile: true,
    logLevel: "warning",
    // Relative to dist/, where the bundle ends up, not to the staging folder.
    plugins: [externalPackages(DIST_DIR), sourceLocations],
  });
  const inputs = Object.keys(result.metafile.inputs).map((input) => relative(repoRoot, join(process.cwd(), input)));
  const manifest: BundleManifest = { root: repoRoot, inputs: [...inputs, "pnpm-lock.yaml"].sort() };
  writeFileSync(join(staging, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  const files = readdirSync(staging).sort((a, b) => Number(a === "manifest.json") - Number(b === "manifest.json"));
  for (const file of files) renameSync(join(staging, file), join(DIST_DIR, file));
  rmSync(staging, { recursive: true, force: true });
  return manifest;
}

if (require.main === module) {
  const started = performance.now();
  bundleDemo().then(
    (manifest) => console.log(`dist/${BUNDLE_ENTRIES.map((name) => `${name}.cjs`).join(", dist/")}: ${manifest.inputs.length} inputs, ${Math.round(performance.now() - started)} ms`),
    (error: unknown) => {
      console.error(`The bundle failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
