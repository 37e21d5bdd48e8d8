import type { RouteModel } from "@apigw-playground/routes";
import type { Comment } from "../print/doc";
import type { RouteResults } from "./routeResults";

/**
 * The JSDoc of an operation: `summary`, `description`, the HTTP method and path (and whether
 * it needs an API key), what it returns and the error statuses it declares.
 */
export function operationComment(route: RouteModel, results: RouteResults): Comment {
  const paragraphs: string[] = [];
  if (route.summary !== undefined) paragraphs.push(route.summary);
  if (route.description !== undefined) paragraphs.push(route.description);
  const apiKey = route.auth.apiKeyRequired ? " — needs an API key (`x-api-key`, the client's `apiKey` option)" : "";
  paragraphs.push(`\`${route.method} ${route.path}\`${apiKey}`);

  const tags: string[] = [];
  const returns = Object.values(route.responses)
    .filter((response) => /^2\d\d$/.test(response.statusCode) && response.description)
    .map((response) => `${response.statusCode}: ${response.description}`);
  if (returns.length > 0) tags.push(`@returns ${returns.join(" ")}`);
  for (const error of results.errors) {
    tags.push(`@throws {RouteError} ${error.status}${error.description ? `: ${error.description}` : ""}`);
  }
  if (tags.length > 0) paragraphs.push(tags.join("\n"));
  return { paragraphs };
}
