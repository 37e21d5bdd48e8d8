import { classifyScheme, extractAuth, samAuthDefaults } from "./auth";

const document = {
  security: [{ sigv4: [] }],
  components: {
    securitySchemes: {
      sigv4: { type: "apiKey", name: "Authorization", in: "header", "x-amazon-apigateway-authtype": "awsSigv4" },
      api_key: { type: "apiKey", name: "x-api-key", in: "header" },
    },
  },
};
const none = samAuthDefaults(undefined);

describe("auth", () => {
  it("classifies schemes the way API Gateway reads them", () => {
    expect(classifyScheme(document.components.securitySchemes.sigv4)).toBe("sigv4");
    expect(classifyScheme(document.components.securitySchemes.api_key)).toBe("api-key");
    expect(classifyScheme({ type: "apiKey", name: "X-Api-Key", in: "query" })).toBe("unsupported");
    expect(classifyScheme({ type: "apiKey", name: "Authorization", in: "header", "x-amazon-apigateway-authorizer": {} })).toBe("authorizer");
  });

  it("uses the operation's security, else the document's; [] means none", () => {
    expect(extractAuth({}, "GET", document, none)).toEqual({ type: "AWS_IAM", apiKeyRequired: false });
    expect(extractAuth({ security: [] }, "GET", document, none)).toEqual({ type: "NONE", apiKeyRequired: false });
    expect(extractAuth({ security: [{ api_key: [] }] }, "GET", document, none)).toEqual({ type: "NONE", apiKeyRequired: true });
  });

  it("applies SAM's Auth.ApiKeyRequired and DefaultAuthorizer: AWS_IAM, except preflights when told", () => {
    const sam = samAuthDefaults({ ApiKeyRequired: true, DefaultAuthorizer: "AWS_IAM", AddDefaultAuthorizerToCorsPreflight: false });
    expect(extractAuth({ security: [] }, "GET", {}, sam)).toEqual({ type: "NONE", apiKeyRequired: true });
    expect(extractAuth({}, "GET", {}, sam)).toEqual({ type: "AWS_IAM", apiKeyRequired: true });
    expect(extractAuth({}, "OPTIONS", {}, sam)).toEqual({ type: "NONE", apiKeyRequired: true });
  });
});
