import type { ParameterModel, RequestValidatorModel } from "@apigw-playground/routes";
import { routeModel } from "@apigw-playground/routes/testing";
import { parseQueryString } from "../request/query-string";
import { RequestValidator } from "./validate-request";

const all: RequestValidatorModel = { name: "all", validateRequestBody: true, validateRequestParameters: true };
const bodyOnly: RequestValidatorModel = { name: "body", validateRequestBody: true, validateRequestParameters: false };
const petSchema = {
  type: "object",
  required: ["name", "type", "price"],
  additionalProperties: false,
  properties: {
    name: { type: "string", minLength: 1, maxLength: 5, pattern: "^[A-Z]" },
    type: { type: "string", enum: ["dog", "cat", "fish"] },
    price: { type: "number", minimum: 25, maximum: 500 },
    tags: { type: "array", minItems: 1, maxItems: 2, items: { type: "string" } },
    age: { type: "integer" },
  },
};
const parameters: ParameterModel[] = [
  { name: "q1", in: "query", required: true },
  { name: "h1", in: "header", required: true },
  { name: "optional", in: "query", required: false },
];
const petRoute = routeModel({
  method: "POST",
  path: "/pets",
  parameters,
  validator: all,
  requestBody: { required: true, content: { "application/json": { schema: petSchema } } },
});

const validator = new RequestValidator();

function check(body: unknown, options: { query?: string; headers?: Record<string, string>; validatorRoute?: typeof petRoute } = {}) {
  return validator.validate(options.validatorRoute ?? petRoute, {
    pathParameters: {},
    query: parseQueryString(options.query ?? "q1=cat"),
    headers: { "content-type": "application/json", h1: "v1", ...options.headers },
    body: Buffer.from(typeof body === "string" ? body : JSON.stringify(body)),
  });
}

const good = { name: "Marco", type: "dog", price: 260 };

describe("RequestValidator", () => {
  it("lets a valid request through", () => {
    expect(check(good)).toBeUndefined();
  });
  it("reports missing required parameters in API Gateway's words and order", () => {
    expect(check(good, { query: "", headers: { h1: "" } })).toEqual({
      responseType: "BAD_REQUEST_PARAMETERS",
      statusCode: 400,
      errorType: "BadRequestException",
      message: "Missing required request parameters: [h1, q1]",
    });
  });
  it("counts a blank parameter as missing", () => {
    expect(check(good, { query: "q1=" })?.message).toBe("Missing required request parameters: [q1]");
  });
  it("finds required headers whatever their case", () => {
    const r = routeModel({ method: "GET", path: "/x", validator: all, parameters: [{ name: "X-Token", in: "header", required: true }] });
    expect(check(good, { validatorRoute: r, headers: { "x-token": "t" } })).toBeUndefined();
  });
  it("checks parameters before the body", () => {
    expect(check({}, { query: "" })?.responseType).toBe("BAD_REQUEST_PARAMETERS");
  });
  it("refuses a body outside the enum, with the Java validator's message", () => {
    expect(check({ ...good, type: "bird" })).toEqual({
      responseType: "BAD_REQUEST_BODY",
      statusCode: 400,
      errorType: "BadRequestException",
      message: "Invalid request body",
      validationErrorString: '[instance value ("bird") not found in enum (possible values: ["dog","cat","fish"])]',
    });
  });
  it("lists every missing property in one message", () => {
    expect(check({ type: "dog" })?.validationErrorString).toBe('[object has missing required properties (["name","price"])]');
  });
  it("describes type, bound, length, pattern, array and extra-property failures", () => {
    const failure = check({ name: "marcopolo", type: "dog", price: 501, tags: [], age: 1.5, extra: 1, more: 2 });
    expect(failure?.validationErrorString).toBe(
      "[" +
        [
          'object instance has properties which are not allowed by the schema: ["extra","more"]',
          'string "marcopolo" is too long (length: 9, maximum allowed: 5)',
          'ECMA 262 regex "^[A-Z]" does not match input string "marcopolo"',
          "numeric instance is greater than the required maximum (maximum: 500, found: 501)",
          "array is too short: must have at least 1 elements but instance has 0 elements",
          "instance type (number) does not match any allowed primitive type (allowed: [\"integer\"])",
        ].join(", ") +
        "]",
    );
  });
  it("validates an empty body as an empty object", () => {
    expect(check("")?.validationErrorString).toBe('[object has missing required properties (["name","price","type"])]');
  });
  it("refuses a body that is not JSON", () => {
    expect(check("{not json")?.message).toBe("Invalid request body");
  });
  it("does not validate a content type that has no model", () => {
    expect(check("<pet/>", { headers: { "content-type": "application/xml" } })).toBeUndefined();
  });
  it("uses the $default model for other content types", () => {
    const r = routeModel({ method: "POST", path: "/x", validator: bodyOnly, requestBody: { required: true, content: { $default: { schema: petSchema } } } });
    expect(check("{}", { validatorRoute: r, headers: { "content-type": "text/plain" } })?.responseType).toBe("BAD_REQUEST_BODY");
  });
  it("checks only what the route's validator asks for", () => {
    const r = routeModel({ ...petRoute, validator: bodyOnly });
    expect(check(good, { validatorRoute: r, query: "" })).toBeUndefined();
    expect(check(good, { validatorRoute: routeModel({ ...petRoute, validator: undefined }), query: "" })).toBeUndefined();
  });
});
