import { basename } from "node:path";
import { demoImagePath, readDemoImage } from "../assets";
import { CheckFailedError } from "../errors/CheckFailedError";
import type { Scenario } from "./context";
import { messageOf } from "./messageOf";

/**
 * S3 PutObject, GetObject, ListObjectsV2 and DeleteObject with a real PNG: the bytes go up as a
 * binary body, come back byte for byte (API Gateway converts nothing because image/png is a
 * binary media type and the client asks for it in Accept), show up in the listing, and go away.
 */
export const s3Scenario: Scenario = async ({ client, steps, runId }) => {
  const { putObject, getObject, listObjects, deleteObject } = client.s3;
  const image = readDemoImage();
  const prefix = `demo/${runId}/`;
  const key = `${prefix}${basename(demoImagePath)}`;

  await steps.call("upload a PNG", putObject, { path: { key }, headers: { "Content-Type": "image/png" }, body: image }, (stored, exchange) => {
    if (stored.key !== key) throw new CheckFailedError(`PutObject stored ${stored.key}, not ${key}`);
    return `PutObject stored ${key} (${image.byteLength} bytes, ETag ${exchange?.responseHeaders["etag"] ?? "?"})`;
  });
  await steps.call("download it", getObject, { path: { key } }, (object) => {
    const bytes = Buffer.from(object.body);
    if (!bytes.equals(image)) throw new CheckFailedError(`GetObject returned ${bytes.byteLength} bytes that differ from the ${image.byteLength} uploaded`);
    return `${bytes.byteLength} bytes back, byte-identical, ${object.contentType ?? "no Content-Type"}`;
  });
  await steps.call("list the prefix", listObjects, { query: { prefix } }, (list) => {
    const listed = list.objects.find((object) => object.key === key);
    if (!listed || listed.size !== image.byteLength) throw new CheckFailedError(`ListObjectsV2 under ${prefix} returned ${JSON.stringify(list.objects)}`);
    return `ListObjectsV2 (XML reshaped to JSON): ${list.objects.length} object under ${prefix}, ${listed.size} bytes`;
  });
  await steps.call("delete it", deleteObject, { path: { key } }, () => `DeleteObject removed ${key}`);
  await steps.expectError("get after delete", getObject, { path: { key } }, { status: 404 }, (error) => `404 ${messageOf(error.body)} (asked with Accept: image/png; the error answer is converted to text)`);
  await steps.call("list after delete", listObjects, { query: { prefix } }, (list) => {
    if (list.objects.length !== 0) throw new CheckFailedError(`ListObjectsV2 under ${prefix} still returned ${list.objects.map((object) => object.key).join(", ")}`);
    return `ListObjectsV2 under ${prefix}: empty`;
  });
};
