import type { WireExchange } from "../run/wireCapture";
import { chooseGlyphs } from "./glyphs";
import { formatExchange } from "./formatExchange";

const glyphs = chooseGlyphs({ isTTY: false }, {});

const exchange: WireExchange = {
  method: "PUT",
  url: "http://127.0.0.1:4510/v1/objects/a.png",
  requestHeaders: {
    authorization: "AWS4-HMAC-SHA256 Credential=AKIDLOCALPLAYGROUND/20260101/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=0123456789abcdef0123456789abcdef",
    "content-type": "image/png",
    "x-api-key": "p2i6gzeihx1up9k4y3npulfh",
  },
  requestBody: [Buffer.alloc(5069)],
  status: 200,
  responseHeaders: { "content-type": "application/json" },
  responseBody: [Buffer.from('{"key":\n  "a.png"}')],
};

describe("formatExchange", () => {
  it("prints the request and the response, with binary bodies as their size and secrets shortened", () => {
    expect(formatExchange(exchange, glyphs, { indent: "" })).toEqual([
      "> PUT http://127.0.0.1:4510/v1/objects/a.png",
      "  authorization: AWS4-HMAC-SHA256 Credential=AKIDLOCALPLAYGROUND/20260101/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=01234567...",
      "  content-type: image/png",
      "  x-api-key: p2i6...fh",
      "  <5069 bytes of image/png>",
      "< 200",
      "  content-type: application/json",
      '  {"key": "a.png"}',
    ]);
  });

  it("truncates long text bodies", () => {
    const long = { ...exchange, responseBody: [Buffer.from(`"${"x".repeat(50)}"`)] };
    expect(formatExchange(long, glyphs, { indent: "", maxBody: 10 }).at(-1)).toBe('  "xxxxxxxxx... (52 bytes)');
  });

  it("says when no response came", () => {
    const { status: _status, ...sent } = exchange;
    expect(formatExchange({ ...sent, error: "connect ECONNREFUSED" }, glyphs, { indent: "" }).at(-1)).toBe("< no response: connect ECONNREFUSED");
  });
});
