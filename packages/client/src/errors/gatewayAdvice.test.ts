import { gatewayAdvice } from "./gatewayAdvice";

const context = { region: "eu-west-1", accessKeyId: "AKIDX", signedAt: "20240101T000000Z" };

describe("gatewayAdvice", () => {
  test.each([
    ["InvalidSignatureException", "The request signature we calculated does not match the signature you provided.", /not in eu-west-1.*AKIDX.*clock/],
    ["InvalidSignatureException", "Signature expired: 20240101T000000Z is now earlier than 20240101T000600Z", /signed at 20240101T000000Z: check this machine's clock/],
    ["MissingAuthenticationTokenException", "Missing Authentication Token", /path or method.*stage/],
    ["IncompleteSignatureException", "Authorization header requires 'Credential' parameter.", /Authorization, Host or X-Amz-Date/],
    ["UnrecognizedClientException", "The security token included in the request is invalid.", /AKIDX/],
    ["ExpiredTokenException", "The security token included in the request is expired", /aws sso login/],
    ["AccessDeniedException", "User: arn:aws:iam::1:user/u is not authorized to perform: execute-api:Invoke on resource: arn", /execute-api:Invoke/],
    ["ForbiddenException", "Forbidden", /apiKey option/],
    ["TooManyRequestsException", "Too Many Requests", /retry\.maxAttempts/],
    ["LimitExceededException", "Limit Exceeded", /quota/],
  ])("advises on %s: %s", (type, message, advice) => {
    expect(gatewayAdvice(type, message, context)).toMatch(advice);
  });

  test("has nothing to add to a validation failure", () => {
    expect(gatewayAdvice("BadRequestException", "Invalid request body", context)).toBeUndefined();
  });
});
