import { BackendError } from "../errors/BackendError";
import { md5OfBody, md5OfMessageAttributes, validateMessageAttributes } from "./messageAttributes";

describe("md5OfMessageAttributes", () => {
  it("matches the digest SQS (and moto) compute for string, number and binary attributes", () => {
    // Vector recorded from moto_server 5.2.1 for the same SendMessage.
    const digest = md5OfMessageAttributes({
      a: { DataType: "String", StringValue: "v" },
      n: { DataType: "Number", StringValue: "1" },
      b: { DataType: "Binary", BinaryValue: "AAE=" },
    });
    expect(digest).toBe("06f164134b4649a85eb16bb161ec842e");
  });

  it("is undefined without attributes", () => {
    expect(md5OfMessageAttributes({})).toBeUndefined();
  });
});

describe("md5OfBody", () => {
  it("hashes the UTF-8 bytes", () => {
    expect(md5OfBody("hello")).toBe("5d41402abc4b2a76b9719d911017c592");
  });
});

describe("validateMessageAttributes", () => {
  const rejects = (input: unknown) => {
    try {
      validateMessageAttributes(input);
    } catch (error) {
      expect(error).toBeInstanceOf(BackendError);
      return (error as BackendError).message;
    }
    throw new Error("expected a validation error");
  };

  it("accepts custom type suffixes", () => {
    expect(validateMessageAttributes({ k: { DataType: "String.json", StringValue: "{}" } })).toEqual({
      k: { DataType: "String.json", StringValue: "{}" },
    });
  });

  it("rejects an unknown data type", () => {
    expect(rejects({ k: { DataType: "Date", StringValue: "x" } })).toMatch(/supported type prefixes/);
  });

  it("rejects a string attribute without a StringValue", () => {
    expect(rejects({ k: { DataType: "String" } })).toMatch(/must use field 'String'/);
  });

  it("rejects a Number that is not a number", () => {
    expect(rejects({ k: { DataType: "Number", StringValue: "ten" } })).toMatch(/to a number/);
  });

  it("rejects names with the reserved AWS. prefix", () => {
    expect(rejects({ "AWS.x": { DataType: "String", StringValue: "x" } })).toMatch(/AWS\. or Amazon\./);
  });

  it("rejects more than ten attributes", () => {
    const many = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`a${i}`, { DataType: "String", StringValue: "x" }]));
    expect(rejects(many)).toMatch(/exceeds the allowed maximum \[10\]/);
  });
});
