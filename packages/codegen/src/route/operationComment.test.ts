import { routeModel } from "@apigw-playground/routes/testing";
import { json } from "../../test/helpers/models";
import { operationComment } from "./operationComment";

describe("operationComment", () => {
  it("says what the operation does, its method and path, what it returns and throws", () => {
    const r = routeModel({
      summary: "Read a thing.",
      description: "Strongly consistent.",
      method: "GET",
      path: "/things/{id}",
      responses: { "200": { ...json("200", {}), description: "The thing." } },
    });
    const comment = operationComment(r, { output: { doc: "Thing", precedence: "atom" }, errors: [{ status: 404, type: { doc: "NotFound", precedence: "atom" }, description: "No such thing." }] });
    expect(comment.paragraphs).toEqual([
      "Read a thing.",
      "Strongly consistent.",
      "`GET /things/{id}`",
      "@returns 200: The thing.\n@throws {RouteError} 404: No such thing.",
    ]);
  });

  it("says when the route needs an API key", () => {
    const comment = operationComment(routeModel({ auth: { type: "AWS_IAM", apiKeyRequired: true } }), { output: { doc: "unknown", precedence: "atom" }, errors: [] });
    expect(comment.paragraphs).toEqual(["`GET /thing` — needs an API key (`x-api-key`, the client's `apiKey` option)"]);
  });
});
