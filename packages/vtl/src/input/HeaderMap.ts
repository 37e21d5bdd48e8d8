/**
 * The header map of `$input.params()`: keeps header names as received (so keySet() lists them
 * that way) but looks them up case-insensitively, as HTTP header names are.
 */
export class HeaderMap extends Map<unknown, unknown> {
  private readonly byLowerName = new Map<string, unknown>();

  override set(key: unknown, value: unknown): this {
    const lower = String(key).toLowerCase();
    const existing = this.byLowerName.get(lower);
    if (existing !== undefined && existing !== key) super.delete(existing);
    this.byLowerName.set(lower, key);
    return super.set(key, value);
  }

  override get(key: unknown): unknown {
    const name = this.byLowerName.get(String(key).toLowerCase());
    return name === undefined ? undefined : super.get(name);
  }

  override has(key: unknown): boolean {
    return this.byLowerName.has(String(key).toLowerCase());
  }

  override delete(key: unknown): boolean {
    const lower = String(key).toLowerCase();
    const name = this.byLowerName.get(lower);
    if (name === undefined) return false;
    this.byLowerName.delete(lower);
    return super.delete(name);
  }
}
