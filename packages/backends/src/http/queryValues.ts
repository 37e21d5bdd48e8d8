/**
 * Result values of the AWS Query protocol, which has two renderings: XML (the default) and JSON
 * (when the request asks `Accept: application/json`). Lists and maps look different in each, so
 * they are marked here and rendered by `renderQueryXml` / `renderQueryJson`.
 */
export type QueryValue = string | number | boolean | null | undefined | QueryList | QueryMap | QueryStruct;

/** A structure: element per member in XML, object in JSON. */
export interface QueryStruct {
  [member: string]: QueryValue;
}

/** A list: `<member>` items in XML, an array in JSON. */
export class QueryList {
  constructor(readonly items: readonly QueryValue[]) {}
}

/** A string map: `<entry><key/><value/></entry>` items in XML, an object in JSON. */
export class QueryMap {
  constructor(readonly entries: Readonly<Record<string, string>>) {}
}
