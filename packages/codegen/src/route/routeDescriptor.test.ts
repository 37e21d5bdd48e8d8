import { routeModel } from "@apigw-playground/routes/testing";
import { json } from "../../test/helpers/models";
import { render } from "../print/doc";
import { routeDescriptor } from "./routeDescriptor";

describe("routeDescriptor", () => {
  it("maps a route field by field as the runtime contract says", () => {
    const r = routeModel({
      operationId: "putObject",
      method: "PUT",
      path: "/buckets/{bucket}/objects/{key+}",
      parameters: [
        { name: "key", in: "path", required: true },
        { name: "bucket", in: "path", required: true },
        { name: "versionId", in: "query", required: false },
        { name: "Content-MD5", in: "header", required: true },
      ],
      requestBody: { required: true, content: { "image/png": {}, "application/octet-stream": {} } },
      responses: {
        "200": json("200", { type: "object" }),
        "206": { statusCode: "206", headers: {}, content: { "image/png": {}, "*/*": {} } },
        "204": { statusCode: "204", headers: {}, content: {} },
        default: json("default", { type: "object" }),
      },
      auth: { type: "AWS_IAM", apiKeyRequired: true },
    });
    expect(render(routeDescriptor(r, { binaryMediaTypes: ["image/png", "application/octet-stream"] }))).toBe(
      [
        "{",
        '  operationId: "putObject",',
        '  method: "PUT",',
        '  path: "/buckets/{bucket}/objects/{key+}",',
        "  pathParams: [",
        '    { name: "bucket", greedy: false },',
        '    { name: "key", greedy: true },',
        "  ],",
        '  queryParams: [{ name: "versionId", required: false }],',
        '  headerParams: [{ name: "Content-MD5", required: true }],',
        '  body: { kind: "binary", required: true, mediaTypes: ["image/png", "application/octet-stream"] },',
        "  apiKeyRequired: true,",
        "  responses: {",
        '    "200": { kind: "json" },',
        // Integer-like keys keep numeric order in a JavaScript object, in the model as here.
        '    "204": { kind: "empty" },',
        '    "206": { kind: "binary", mediaTypes: ["image/png", "*/*"] },',
        '    default: { kind: "json" },',
        "  },",
        "  binaryMediaTypes,",
        "}",
      ].join("\n"),
    );
  });

  it("describes a route without a body or parameters", () => {
    const text = render(routeDescriptor(routeModel({ method: "ANY" }), { binaryMediaTypes: [] }));
    expect(text).toContain('  method: "ANY",\n');
    expect(text).toContain("  pathParams: [],\n  queryParams: [],\n  headerParams: [],\n");
    expect(text).toContain('  body: { kind: "none", required: false, mediaTypes: [] },\n');
    expect(text).toContain("  responses: {},\n");
  });

  it("sends a JSON body for any non-binary content", () => {
    const r = routeModel({ requestBody: { required: false, content: { "application/json": {}, "application/xml": {} } } });
    expect(render(routeDescriptor(r, { binaryMediaTypes: ["image/png"] }))).toContain(
      '  body: { kind: "json", required: false, mediaTypes: ["application/json", "application/xml"] },\n',
    );
  });
});
