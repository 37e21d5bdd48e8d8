/**
 * Headers keyed case-insensitively, keeping the spelling of the last writer (HTTP header names are
 * case-insensitive; a mapping may spell `Content-Type` where the client sent `content-type`).
 */
export class HeaderMap {
  private readonly entries = new Map<string, { name: string; value: string | string[] }>();

  set(name: string, value: string | string[]): void {
    this.entries.set(name.toLowerCase(), { name, value });
  }

  /** Sets the header only when it is absent. */
  setDefault(name: string, value: string): void {
    if (!this.entries.has(name.toLowerCase())) this.set(name, value);
  }

  get(name: string): string | string[] | undefined {
    return this.entries.get(name.toLowerCase())?.value;
  }

  delete(name: string): void {
    this.entries.delete(name.toLowerCase());
  }

  toRecord(): Record<string, string | string[]> {
    const out: Record<string, string | string[]> = {};
    for (const { name, value } of this.entries.values()) out[name] = value;
    return out;
  }
}

/** Whether a header is set, whatever the case of its name. */
export function hasHeader(headers: Record<string, unknown>, lowerCaseName: string): boolean {
  for (const name in headers) if (name.toLowerCase() === lowerCaseName) return true;
  return false;
}
