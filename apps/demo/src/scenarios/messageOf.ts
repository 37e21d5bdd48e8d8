/** The `message` of an error body (`{"message": ...}`), or the body as JSON. */
export function messageOf(body: unknown): string {
  if (typeof body === "object" && body !== null && "message" in body) return String(body.message);
  return typeof body === "string" ? body : JSON.stringify(body);
}

/** The first `length` characters of an id, for one-line details. */
export function shortId(id: string, length = 8): string {
  return id.length > length ? `${id.slice(0, length)}…` : id;
}
