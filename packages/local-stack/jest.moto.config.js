/**
 * `pnpm test:moto`: the shared service scenarios against moto_server (MOTO_ENDPOINT, or a
 * moto_server started on a free port). Skipped, with a message saying so, when moto_server is not installed.
 * @type {import('jest').Config}
 */
const preset = require("@apigw-playground/tooling/jest-preset");
module.exports = { ...preset, testMatch: ["<rootDir>/test/**/*.moto.test.ts"] };
