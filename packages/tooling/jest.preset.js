// Shared Jest settings: TypeScript through SWC (types are checked by `tsc --noEmit`
// in the typecheck task, so tests start fast), tests beside the code they test.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  testMatch: ["<rootDir>/src/**/*.test.ts", "<rootDir>/test/**/*.test.ts"],
  transform: {
    "^.+\\.(t|j)sx?$": [
      require.resolve("@swc/jest"),
      {
        jsc: { parser: { syntax: "typescript" }, target: "es2022" },
        module: { type: "commonjs" },
      },
    ],
  },
  // ESM-only dependencies must go through the transform too.
  transformIgnorePatterns: ["/node_modules/(?!(\\.pnpm/)?(velocityjs|aws-local-stepfunctions)[@/])"],
  // End-to-end suites start real servers; on a loaded 2-core CI machine 5 s is too tight.
  testTimeout: 20_000,
  moduleFileExtensions: ["ts", "js", "json", "cjs", "mjs"],
};
