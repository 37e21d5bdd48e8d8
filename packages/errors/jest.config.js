/** @type {import('jest').Config} */
module.exports = { ...require("@apigw-playground/tooling/jest-preset") };
