// Public surface of @apigw-playground/demo: run the demo from code (tests, other tools).
export { DEMO_DEFAULTS } from "./options/demoOptions";
export type { DemoOptions, Target } from "./options/demoOptions";
export { runDemo } from "./run/runDemo";
export type { RunDemoIo } from "./run/runDemo";
export type { DemoReport, StepResult } from "./run/results";
