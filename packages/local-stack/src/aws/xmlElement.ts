/** The text of the first `<element>…</element>` in an XML document, entities decoded; undefined when absent. */
export function xmlElement(xml: string, element: string): string | undefined {
  const match = new RegExp(`<${element}>([^<]*)</${element}>`).exec(xml);
  if (match?.[1] === undefined) return undefined;
  // &amp; last, so that "&amp;lt;" stays "&lt;".
  return match[1].replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll("&apos;", "'").replaceAll("&amp;", "&");
}
