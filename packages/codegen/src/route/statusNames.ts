// Fixed here rather than read from node:http's STATUS_CODES, whose wording changes between
// Node versions (413 became "Content Too Large"): generated names must not.
const names: Readonly<Record<string, string>> = {
  "200": "Ok",
  "201": "Created",
  "202": "Accepted",
  "203": "NonAuthoritative",
  "204": "NoContent",
  "206": "PartialContent",
  "207": "MultiStatus",
  "400": "BadRequest",
  "401": "Unauthorized",
  "402": "PaymentRequired",
  "403": "Forbidden",
  "404": "NotFound",
  "405": "MethodNotAllowed",
  "406": "NotAcceptable",
  "408": "RequestTimeout",
  "409": "Conflict",
  "410": "Gone",
  "411": "LengthRequired",
  "412": "PreconditionFailed",
  "413": "PayloadTooLarge",
  "414": "UriTooLong",
  "415": "UnsupportedMediaType",
  "416": "RangeNotSatisfiable",
  "422": "UnprocessableEntity",
  "423": "Locked",
  "424": "FailedDependency",
  "428": "PreconditionRequired",
  "429": "TooManyRequests",
  "500": "InternalServerError",
  "501": "NotImplemented",
  "502": "BadGateway",
  "503": "ServiceUnavailable",
  "504": "GatewayTimeout",
  default: "DefaultResponse",
};

/** The word for a status in type names: `404` → `NotFound` (`PutItemNotFound`), others `Status418`. */
export function statusName(status: string): string {
  return names[status] ?? `Status${status}`;
}
