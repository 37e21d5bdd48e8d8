export { type Fault, PlaygroundError, type PlaygroundErrorInit } from "./PlaygroundError";
