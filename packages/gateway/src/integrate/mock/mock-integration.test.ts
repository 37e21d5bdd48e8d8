import { mockStatusCode } from "./mock-integration";

describe("mockStatusCode", () => {
  it("reads an integer statusCode from the rendered template", () => {
    expect(mockStatusCode('{"statusCode": 404}')).toBe(404);
  });
  it("finds none in text that is not JSON, has no statusCode, or a non-integer one", () => {
    expect(mockStatusCode("")).toBeUndefined();
    expect(mockStatusCode("{}")).toBeUndefined();
    expect(mockStatusCode('{"statusCode": "200"}')).toBeUndefined();
    expect(mockStatusCode('{"statusCode": 200.5}')).toBeUndefined();
    expect(mockStatusCode("[200]")).toBeUndefined();
  });
});
