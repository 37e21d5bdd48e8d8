import { readJsonPath } from "./jsonPath";
import { renderTargetInput } from "./targetInput";

const event = {
  version: "0",
  id: "e-1",
  "detail-type": "OrderPlaced",
  source: "shop.orders",
  detail: { orderId: "o-1", total: 42, items: [{ sku: "a" }] },
};
const rule = { ruleName: "r", ruleArn: "arn:aws:events:us-east-1:123456789012:rule/r", ingestionTime: "2024-01-01T00:00:00Z" };

describe("readJsonPath", () => {
  it("reads dotted, indexed and quoted steps", () => {
    expect(readJsonPath(event, "$")).toBe(event);
    expect(readJsonPath(event, "$.detail.items[0].sku")).toBe("a");
    expect(readJsonPath(event, "$['detail-type']")).toBe("OrderPlaced");
  });

  it("answers undefined for paths that select nothing or do not parse", () => {
    expect(readJsonPath(event, "$.detail.missing")).toBeUndefined();
    expect(readJsonPath(event, "detail")).toBeUndefined();
  });
});

describe("renderTargetInput", () => {
  it("sends the whole event by default", () => {
    expect(JSON.parse(renderTargetInput({}, event, rule))).toEqual(event);
  });

  it("sends the constant Input as is", () => {
    expect(renderTargetInput({ Input: '{"fixed":true}' }, event, rule)).toBe('{"fixed":true}');
  });

  it("sends the part InputPath selects", () => {
    expect(JSON.parse(renderTargetInput({ InputPath: "$.detail" }, event, rule))).toEqual(event.detail);
  });

  it("fills an InputTransformer template, as text inside strings and as JSON outside", () => {
    const input = renderTargetInput(
      {
        InputTransformer: {
          InputPathsMap: { id: "$.detail.orderId", total: "$.detail.total", items: "$.detail.items" },
          InputTemplate: '{"message":"Order <id> costs <total>","total":<total>,"items":<items>,"rule":"<aws.events.rule-name>"}',
        },
      },
      event,
      rule,
    );
    expect(JSON.parse(input)).toEqual({ message: "Order o-1 costs 42", total: 42, items: [{ sku: "a" }], rule: "r" });
  });
});
