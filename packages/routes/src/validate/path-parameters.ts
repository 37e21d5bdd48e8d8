import { extractParameters } from "../extract/parameters";
import type { ApiRule } from "./rule";

/**
 * Path templates and `in: path` parameters must agree both ways; a greedy `{name+}` may only
 * be the last segment (API Gateway's proxy resource rule).
 */
export const checkPathParameters: ApiRule = (check) => {
  for (const entry of check.operations) {
    const segments = entry.path.split("/");
    const inPath: string[] = [];
    segments.forEach((segment, index) => {
      const match = /^\{([^{}]+?)(\+?)\}$/.exec(segment);
      if (!match) return;
      inPath.push(match[1]!);
      if (match[2] === "+" && index !== segments.length - 1) {
        check.report([...entry.at, "parameters"], `greedy path parameter {${match[1]}+} must be the last path segment`);
      }
    });
    const declared = extractParameters(entry.pathItem, entry.operation, check.document)
      .filter((p) => p.in === "path")
      .map((p) => p.name);
    for (const name of inPath) {
      if (!declared.includes(name)) check.report([...entry.at, "parameters"], `path parameter {${name}} is not declared in parameters (in: path)`);
    }
    for (const name of declared) {
      if (!inPath.includes(name)) check.report([...entry.at, "parameters"], `parameter ${name} is declared in: path but ${entry.path} has no {${name}}`);
    }
  }
};
