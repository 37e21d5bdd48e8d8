import { uriEncode } from "./uri-encode";

/**
 * The canonical URI of a request to a non-S3 service: the path as received, normalised
 * (`.` and `..` segments resolved, empty segments from `//` dropped, a trailing `/` kept)
 * and then URI-encoded segment by segment. The path on the wire is already
 * percent-encoded, so `%20` becomes `%2520` here: AWS's "encode twice" rule for every
 * service but S3, which is exactly what SDK signers do to the path they send.
 *
 * @param rawPath the request target's path, as received (`/v1/items/a%20b`).
 */
export function canonicalPath(rawPath: string): string {
  const segments: string[] = [];
  for (const segment of rawPath.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(uriEncode(segment));
  }
  if (segments.length === 0) return "/";
  const trailingSlash = rawPath.endsWith("/") ? "/" : "";
  return `/${segments.join("/")}${trailingSlash}`;
}
