/**
 * The demo's stand-in "site photo" (demo/inspections.ts files it under findings and replies), drawn
 * in code so the demo ships no image file.
 */
import { deflateSync } from 'node:zlib';

/** Where the photo's bytes are stored once; every demo photo file row points at it. */
export const PHOTO_KEY = 'demo-inspection-photo';

/** CRC-32 of PNG chunks (ISO 3309), table-driven. */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * A stand-in "site photo" drawn here (a wall, a doorway and a floor line, 320×240 RGB PNG), so the
 * demo ships no image file and still shows photos on findings and replies.
 */
export function demoPhoto(): Buffer {
  const [w, h] = [320, 240];
  const rows: Buffer[] = [];
  for (let y = 0; y < h; y++) {
    const row = Buffer.alloc(1 + w * 3);
    for (let x = 0; x < w; x++) {
      const door = x > 120 && x < 200 && y > 50 && y < 200;
      const floor = y >= 200;
      const rgb = door
        ? [96, 125, 139]
        : floor
          ? [161, 136, 127]
          : [236 - (y >> 3), 230 - (y >> 3), 214 - (y >> 3)];
      row.set(rgb, 1 + x * 3);
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
