import { QueryList, QueryMap, type QueryStruct, type QueryValue } from "./queryValues";
import { escapeXml } from "./xml";

/**
 * Renders a Query-protocol answer as XML:
 * `<{Action}Response xmlns=…><{Action}Result>…</{Action}Result><ResponseMetadata><RequestId>…`.
 * Actions without output (DeleteTopic, Unsubscribe) have no Result element. Null members are left out.
 */
export function renderQueryXml(action: string, xmlns: string, requestId: string, result: QueryStruct | undefined): string {
  const resultXml = result === undefined ? "" : `<${action}Result>${structXml(result)}</${action}Result>`;
  return (
    `<${action}Response xmlns="${escapeXml(xmlns)}">${resultXml}` +
    `<ResponseMetadata><RequestId>${escapeXml(requestId)}</RequestId></ResponseMetadata></${action}Response>`
  );
}

/**
 * Renders the same answer as JSON, as AWS does under `Accept: application/json`:
 * `{"{Action}Response":{"{Action}Result":{…},"ResponseMetadata":{"RequestId":"…"}}}`. Null members stay (AWS
 * sends `"SequenceNumber":null` for a standard topic's Publish).
 */
export function renderQueryJson(action: string, requestId: string, result: QueryStruct | undefined): string {
  const inner: Record<string, unknown> = {};
  if (result !== undefined) inner[`${action}Result`] = jsonValue(result);
  inner.ResponseMetadata = { RequestId: requestId };
  return JSON.stringify({ [`${action}Response`]: inner });
}

function structXml(struct: QueryStruct): string {
  let xml = "";
  for (const [name, value] of Object.entries(struct)) {
    if (value === null || value === undefined) continue;
    xml += `<${name}>${valueXml(value)}</${name}>`;
  }
  return xml;
}

function valueXml(value: Exclude<QueryValue, null | undefined>): string {
  if (value instanceof QueryList) {
    return value.items.map((item) => (item === null || item === undefined ? "" : `<member>${valueXml(item)}</member>`)).join("");
  }
  if (value instanceof QueryMap) {
    return Object.entries(value.entries)
      .map(([key, entry]) => `<entry><key>${escapeXml(key)}</key><value>${escapeXml(entry)}</value></entry>`)
      .join("");
  }
  if (typeof value === "object") return structXml(value);
  return escapeXml(String(value));
}

function jsonValue(value: QueryValue): unknown {
  if (value === undefined) return null;
  if (value instanceof QueryList) return value.items.map(jsonValue);
  if (value instanceof QueryMap) return { ...value.entries };
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([name, member]) => [name, jsonValue(member)]));
  }
  return value;
}
