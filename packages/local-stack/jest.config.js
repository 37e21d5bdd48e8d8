/** @type {import('jest').Config} */
module.exports = {
  ...require("@apigw-playground/tooling/jest-preset"),
  // The moto suite needs moto_server: `pnpm test:moto` (jest.moto.config.js) runs it.
  testPathIgnorePatterns: ["/node_modules/", "\\.moto\\.test\\.ts$"],
};
