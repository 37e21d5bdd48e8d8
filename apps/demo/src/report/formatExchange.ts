import type { WireExchange } from "../run/wireCapture";
import type { Glyphs } from "./glyphs";

/** Options of {@link formatExchange}. */
export interface FormatExchangeOptions {
  /** Characters of a text body to show. @default 400 */
  maxBody?: number;
  /** Prefix of every line. @default "    " */
  indent?: string;
}

const TEXTUAL = /^(text\/|application\/(json|xml|x-www-form-urlencoded|problem\+json)|[^;]*\+json)/i;

/** An exchange as --verbose prints it: request line, headers, body; status, headers, body. */
export function formatExchange(exchange: WireExchange, glyphs: Glyphs, options: FormatExchangeOptions = {}): string[] {
  const indent = options.indent ?? "    ";
  const maxBody = options.maxBody ?? 400;
  const lines = [`${indent}${glyphs.sent} ${exchange.method} ${exchange.url}`];
  for (const [name, value] of Object.entries(exchange.requestHeaders)) lines.push(`${indent}  ${name}: ${maskHeader(name, value, glyphs)}`);
  const sent = formatBody(exchange.requestBody, exchange.requestHeaders["content-type"], maxBody, glyphs);
  if (sent) lines.push(`${indent}  ${sent}`);
  if (exchange.status === undefined) {
    lines.push(`${indent}${glyphs.received} no response${exchange.error ? `: ${exchange.error}` : ""}`);
    return lines;
  }
  lines.push(`${indent}${glyphs.received} ${exchange.status}`);
  for (const [name, value] of Object.entries(exchange.responseHeaders)) lines.push(`${indent}  ${name}: ${value}`);
  const received = formatBody(exchange.responseBody, exchange.responseHeaders["content-type"], maxBody, glyphs);
  if (received) lines.push(`${indent}  ${received}`);
  return lines;
}

/** Shortens what should not be printed whole: the signature, session tokens, API keys. */
function maskHeader(name: string, value: string, glyphs: Glyphs): string {
  const lower = name.toLowerCase();
  if (lower === "authorization") return value.replace(/Signature=([0-9a-f]{8})[0-9a-f]+/, `Signature=$1${glyphs.ellipsis}`);
  if (lower === "x-amz-security-token" || lower === "x-api-key") return value.length > 8 ? `${value.slice(0, 4)}${glyphs.ellipsis}${value.slice(-2)}` : value;
  return value;
}

function formatBody(chunks: readonly Buffer[], contentType: string | undefined, maxBody: number, glyphs: Glyphs): string | undefined {
  const bytes = Buffer.concat(chunks);
  if (bytes.byteLength === 0) return undefined;
  if (contentType !== undefined && !TEXTUAL.test(contentType)) return `<${bytes.byteLength} bytes of ${contentType}>`;
  const text = bytes.toString("utf8").replace(/\s*\n\s*/g, " ");
  return text.length > maxBody ? `${text.slice(0, maxBody)}${glyphs.ellipsis} (${bytes.byteLength} bytes)` : text;
}
