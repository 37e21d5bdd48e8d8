import { convertPayload, REQUEST_CONVERSIONS, RESPONSE_CONVERSIONS, requestConversion, responseConversion } from "./binary";

// One test per row of "Content type conversions in API Gateway": the row's inputs select the row's
// conversion, and the conversion turns a payload into what the row's last column says.
const TEXT = Buffer.from("héllo", "utf8");
const BINARY = Buffer.from([0xff, 0x00, 0x80, 0x41]);
const BASE64_TEXT = Buffer.from(BINARY.toString("base64"), "latin1");

function expectConversion(conversion: string, source: "text" | "binary") {
  const input = source === "text" ? (conversion === "base64-decode" ? BASE64_TEXT : TEXT) : BINARY;
  const out = convertPayload(input, conversion as never);
  switch (conversion) {
    case "utf8":
    case "text":
      expect(out).toEqual({ kind: "text", text: input.toString("utf8") });
      break;
    case "binary":
      expect(out).toEqual({ kind: "binary", bytes: input });
      break;
    case "base64-encode":
      expect(out).toEqual({ kind: "text", text: input.toString("base64") });
      break;
    case "base64-decode":
      expect(out).toEqual({ kind: "binary", bytes: BINARY });
      break;
  }
}

describe("request conversions", () => {
  for (const row of REQUEST_CONVERSIONS) {
    const handling = row.contentHandling ?? "undefined";
    it(`binaryMediaTypes ${row.binaryMediaTypes}, ${row.contentType} Content-Type, contentHandling ${handling} → ${row.conversion}`, () => {
      const conversion = requestConversion(row.binaryMediaTypes === "set", row.contentType === "binary", row.contentHandling);
      expect(conversion).toBe(row.conversion);
      expectConversion(conversion, row.contentType === "binary" ? "binary" : "text");
    });
  }
});

describe("response conversions", () => {
  for (const row of RESPONSE_CONVERSIONS) {
    const handling = row.contentHandling ?? "undefined";
    it(`binaryMediaTypes ${row.binaryMediaTypes}, ${row.payload} payload, ${row.accept} Accept, contentHandling ${handling} → ${row.conversion}`, () => {
      const conversion = responseConversion(row.binaryMediaTypes === "set", row.payload === "binary", row.accept === "binary", row.contentHandling);
      expect(conversion).toBe(row.conversion);
      expectConversion(conversion, row.payload === "binary" ? "binary" : "text");
    });
  }
});

describe("convertPayload", () => {
  it("reads invalid UTF-8 as replacement characters when it makes text", () => {
    expect(convertPayload(Buffer.from([0x61, 0xff]), "utf8")).toEqual({ kind: "text", text: "a\ufffd" });
  });
  it("refuses text that is not base64 when asked to decode it", () => {
    expect(convertPayload(Buffer.from("not base64!"), "base64-decode")).toBeUndefined();
  });
  it("ignores line breaks inside base64", () => {
    expect(convertPayload(Buffer.from("aGVs\nbG8="), "base64-decode")).toEqual({ kind: "binary", bytes: Buffer.from("hello") });
  });
});
