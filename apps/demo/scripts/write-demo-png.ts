/**
 * Writes assets/playground.png, the image the s3 scenario uploads, downloads and compares.
 * Run once (`pnpm exec tsx scripts/write-demo-png.ts`); the PNG is committed, so the demo
 * never depends on this script. A PNG is its 8-byte signature, then chunks of
 * length + type + data + CRC-32 (of type and data): IHDR, IDAT (zlib-deflated scanlines,
 * each prefixed with a filter byte), IEND. PNG spec, sections 5.2–5.3 and 11.2.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { crc32, deflateSync } from "node:zlib";

const size = 64;
const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** RGBA pixel at (x, y): a diagonal gradient with a ring, so a corrupted byte is visible. */
function pixel(x: number, y: number): [number, number, number, number] {
  const distance = Math.hypot(x - size / 2 + 0.5, y - size / 2 + 0.5);
  if (distance > size / 2 - 1) return [0, 0, 0, 0];
  if (distance > size / 2 - 6) return [255, 153, 0, 255];
  return [Math.round((x / size) * 255), Math.round((y / size) * 255), 200, 255];
}

const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header.writeUInt8(8, 8); // bit depth
header.writeUInt8(6, 9); // colour type 6: RGBA
// bytes 10–12: compression 0 (deflate), filter method 0, no interlace

const rows: Buffer[] = [];
for (let y = 0; y < size; y++) {
  const row = Buffer.alloc(1 + size * 4); // filter type 0 (None) first
  for (let x = 0; x < size; x++) row.set(pixel(x, y), 1 + x * 4);
  rows.push(row);
}

const png = Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
const file = join(__dirname, "..", "assets", "playground.png");
writeFileSync(file, png);
console.log(`wrote ${file} (${png.length} bytes)`);
