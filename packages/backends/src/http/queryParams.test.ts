import { parseQueryParams, readEntryMap, readIndexedList } from "./queryParams";

describe("parseQueryParams", () => {
  it("merges the URL query and the form body, the body winning", () => {
    const params = parseQueryParams(new URLSearchParams("Action=Publish&Message=a"), "Message=b%20c&Subject=s");
    expect(params).toEqual({ Action: "Publish", Message: "b c", Subject: "s" });
  });
});

describe("readIndexedList", () => {
  it("groups N-indexed members in numeric order", () => {
    const params = {
      "MessageAttributes.entry.10.Name": "ten",
      "MessageAttributes.entry.2.Name": "two",
      "MessageAttributes.entry.2.Value.DataType": "String",
      "MessageAttributes.entry.2.Value.StringValue": "v",
      Other: "x",
    };
    expect(readIndexedList(params, "MessageAttributes.entry")).toEqual([
      { Name: "two", "Value.DataType": "String", "Value.StringValue": "v" },
      { Name: "ten" },
    ]);
  });
});

describe("readEntryMap", () => {
  it("reads key/value entries into a map", () => {
    const params = {
      "Attributes.entry.1.key": "RawMessageDelivery",
      "Attributes.entry.1.value": "true",
      "Attributes.entry.2.key": "DisplayName",
      "Attributes.entry.2.value": "",
    };
    expect(readEntryMap(params, "Attributes")).toEqual({ RawMessageDelivery: "true", DisplayName: "" });
  });
});
