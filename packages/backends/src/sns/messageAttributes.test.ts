import { BackendError } from "../errors/BackendError";
import { readMessageAttributes } from "./messageAttributes";

const attr = (n: number, name: string, dataType: string, value?: { string?: string; binary?: string }) => ({
  [`MessageAttributes.entry.${n}.Name`]: name,
  [`MessageAttributes.entry.${n}.Value.DataType`]: dataType,
  ...(value?.string === undefined ? {} : { [`MessageAttributes.entry.${n}.Value.StringValue`]: value.string }),
  ...(value?.binary === undefined ? {} : { [`MessageAttributes.entry.${n}.Value.BinaryValue`]: value.binary }),
});

function rejection(params: Record<string, string>): BackendError {
  try {
    readMessageAttributes(params);
  } catch (error) {
    if (error instanceof BackendError) return error;
    throw error;
  }
  throw new Error("expected ParameterValueInvalid");
}

describe("readMessageAttributes", () => {
  it("reads String, String.Array, Number and Binary attributes", () => {
    const params = {
      ...attr(1, "kind", "String", { string: "order" }),
      ...attr(2, "tags", "String.Array", { string: '["a","b"]' }),
      ...attr(3, "total", "Number", { string: "12.5" }),
      ...attr(4, "raw", "Binary", { binary: "AAE=" }),
    };
    expect(readMessageAttributes(params)).toEqual({
      kind: { DataType: "String", StringValue: "order" },
      tags: { DataType: "String.Array", StringValue: '["a","b"]' },
      total: { DataType: "Number", StringValue: "12.5" },
      raw: { DataType: "Binary", BinaryValue: "AAE=" },
    });
  });

  it("rejects an unsupported type with SNS's wording", () => {
    const error = rejection(attr(1, "kind", "Date", { string: "x" }));
    expect(error.name).toBe("ParameterValueInvalid");
    expect(error.message).toBe("The message attribute 'kind' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.");
  });

  it("rejects a missing type", () => {
    expect(rejection(attr(1, "kind", "", { string: "x" })).message).toBe("The message attribute 'kind' must contain non-empty message attribute type.");
  });

  it("rejects an empty string value", () => {
    expect(rejection(attr(1, "kind", "String", { string: "" })).message).toBe(
      "The message attribute 'kind' must contain non-empty message attribute value for message attribute type 'String'.",
    );
  });

  it("rejects a Number that does not parse", () => {
    expect(rejection(attr(1, "total", "Number", { string: "twelve" })).message).toBe("Could not cast message attribute 'total' value to number.");
  });

  it("rejects a String.Array that is not a JSON array", () => {
    expect(rejection(attr(1, "tags", "String.Array", { string: "a,b" })).message).toMatch(/valid JSON array/);
  });

  it("rejects a Binary attribute without BinaryValue", () => {
    expect(rejection(attr(1, "raw", "Binary", { string: "x" })).message).toMatch(/for message attribute type 'Binary'/);
  });

  it("rejects more than ten attributes", () => {
    let params: Record<string, string> = {};
    for (let i = 1; i <= 11; i++) params = { ...params, ...attr(i, `a${i}`, "String", { string: "x" }) };
    expect(rejection(params).message).toBe("Number of message attributes [11] exceeds the allowed maximum [10].");
  });
});
