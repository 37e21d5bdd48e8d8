import { createHash, randomBytes, randomUUID } from "node:crypto";
import { callApi } from "../helpers/callApi";
import { ADVERSARIAL } from "./adversarial";
import type { ScenarioContext } from "./context";

/** Sizes from empty to 5 MB (half of API Gateway's 10 MB payload limit), odd ones included. */
const SIZES = [0, 1, 1023, 65_539, 1_048_576, 5 * 1024 * 1024];
const BINARY_TYPES = ["image/png", "application/octet-stream"];

/** The s3 template through the stack: binary PutObject/GetObject, ListObjectsV2 as JSON, DeleteObject. */
export function s3Scenarios(ctx: ScenarioContext): void {
  describe(`s3 template (${ctx.backend})`, () => {
    const prefix = `run-${randomUUID()}`;

    describe.each(BINARY_TYPES)("binary bodies as %s", (contentType) => {
      it.each(SIZES)("round-trips %d random bytes byte-exact", async (size) => {
        const body = randomBytes(size);
        const key = `${prefix}/bin/${contentType.replace("/", "-")}/${size}.bin`;
        const put = await callApi(ctx.stack(), "s3", `/objects/${key}`, { method: "PUT", headers: { "content-type": contentType }, body });
        expect(put.status).toBe(200);
        expect(put.json()).toEqual({ key });
        const md5 = `"${createHash("md5").update(body).digest("hex")}"`;
        expect(put.headers["etag"]).toBe(md5);

        // A binary type first in Accept: API Gateway answers the bytes, not base64.
        const got = await callApi(ctx.stack(), "s3", `/objects/${key}`, { headers: { accept: contentType } });
        expect(got.status).toBe(200);
        expect(got.headers["content-type"]).toBe(contentType);
        expect(got.headers["etag"]).toBe(md5);
        expect(got.body.length).toBe(size);
        expect(got.body.equals(body)).toBe(true);
      });
    });

    it("stores a UTF-8 text object exactly", async () => {
      const key = `${prefix}/text/notes.txt`;
      const text = ADVERSARIAL.join("\n");
      const put = await callApi(ctx.stack(), "s3", `/objects/${key}`, { method: "PUT", headers: { "content-type": "text/plain; charset=utf-8" }, body: text });
      expect(put.status).toBe(200);
      const got = await callApi(ctx.stack(), "s3", `/objects/${key}`, { headers: { accept: "text/plain" } });
      expect(got.status).toBe(200);
      expect(got.text()).toBe(text);
    });

    it("lists objects under a prefix as JSON, keys with XML metacharacters decoded", async () => {
      const listed = `${prefix}/list`;
      const keys = [`${listed}/a&b.txt`, `${listed}/quote"s and 'apostrophes'.txt`, `${listed}/x<y>z.txt`, `${listed}/ü 日本.txt`];
      for (const key of keys) {
        const path = `/objects/${key.split("/").map(encodeURIComponent).join("/")}`;
        expect((await callApi(ctx.stack(), "s3", path, { method: "PUT", headers: { "content-type": "text/plain" }, body: key })).status).toBe(200);
      }
      const res = await callApi(ctx.stack(), "s3", `/objects?prefix=${encodeURIComponent(`${listed}/`)}`);
      expect(res.status).toBe(200);
      const list = res.json<{ objects: { key: string; size: number; etag: string; lastModified: string }[]; isTruncated: boolean }>();
      expect(list.isTruncated).toBe(false);
      expect(list.objects.map((o) => o.key).sort()).toEqual([...keys].sort());
      for (const object of list.objects) {
        expect(object.size).toBe(Buffer.byteLength(object.key));
        expect(object.etag).toBe(`"${createHash("md5").update(object.key).digest("hex")}"`);
        expect(Number.isNaN(Date.parse(object.lastModified))).toBe(false);
      }
    });

    it("deletes an object (204) and answers 404 for it afterwards", async () => {
      const key = `${prefix}/gone.bin`;
      await callApi(ctx.stack(), "s3", `/objects/${key}`, { method: "PUT", headers: { "content-type": "application/octet-stream" }, body: randomBytes(10) });
      const deleted = await callApi(ctx.stack(), "s3", `/objects/${key}`, { method: "DELETE" });
      expect(deleted.status).toBe(204);
      const missing = await callApi(ctx.stack(), "s3", `/objects/${key}`, { headers: { accept: "application/json" } });
      expect(missing.status).toBe(404);
      expect(missing.json()).toEqual({ message: `Object ${key} not found` });
    });
  });
}
