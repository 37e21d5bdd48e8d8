import { asObject } from "../utils/json";
import type { ApiRule } from "./rule";

const VALIDATOR = "x-amazon-apigateway-request-validator";

/** `x-amazon-apigateway-request-validator` (document or operation level) must name a declared validator. */
export const checkRequestValidators: ApiRule = (check) => {
  const declared = Object.keys(asObject(check.document["x-amazon-apigateway-request-validators"]));
  const known = declared.length > 0 ? `declared: ${declared.join(", ")}` : "none are declared in x-amazon-apigateway-request-validators";
  const documentLevel = check.document[VALIDATOR];
  if (documentLevel !== undefined && !declared.includes(String(documentLevel))) {
    check.report([...check.source.documentPath, VALIDATOR], `unknown request validator ${JSON.stringify(documentLevel)} (${known})`);
  }
  for (const entry of check.operations) {
    const name = entry.operation[VALIDATOR];
    if (name !== undefined && !declared.includes(String(name))) {
      check.report([...entry.at, VALIDATOR], `unknown request validator ${JSON.stringify(name)} (${known})`);
    }
  }
};
