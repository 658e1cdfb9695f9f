// Draws icon.png (128×128): a white page with a folded corner and text lines, a "?" mark for the FAQ, on a teal tile.
// Run once with `node scripts/make-icon.mjs`; the PNG is committed. Written by hand with zlib: no image library needed.
import fs from 'node:fs';
import zlib from 'node:zlib';

const SIZE = 128;
const TEAL = [18, 110, 130, 255], WHITE = [250, 250, 247, 255], INK = [40, 48, 56, 255], FOLD = [200, 214, 218, 255], CLEAR = [0, 0, 0, 0];
const pixels = Array.from({ length: SIZE * SIZE }, () => CLEAR);
const set = (x, y, c) => { if (x >= 0 && y >= 0 && x < SIZE && y < SIZE) pixels[y * SIZE + x] = c; };
const rect = (x0, y0, x1, y1, c) => { for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) set(x, y, c); };
const roundedTile = (r) => {
  for (let y = 0; y < SIZE; y++) for (let x = 0; x < SIZE; x++) {
    const dx = Math.max(r - x, x - (SIZE - 1 - r), 0), dy = Math.max(r - y, y - (SIZE - 1 - r), 0);
    if (dx * dx + dy * dy <= r * r) set(x, y, TEAL);
  }
};

roundedTile(20);
// the page, its corner folded down
const [px0, py0, px1, py1, fold] = [30, 18, 98, 110, 18];
for (let y = py0; y < py1; y++) for (let x = px0; x < px1; x++) if (!(x >= px1 - fold && y < py0 + fold && x - (px1 - fold) > y - py0)) set(x, y, WHITE);
for (let y = py0; y < py0 + fold; y++) for (let x = px1 - fold; x < px1; x++) if (x - (px1 - fold) <= y - py0) set(x, y, FOLD);
// headline and body lines of the press release
rect(38, 30, 74, 36, INK);
for (const [y, w] of [[44, 52], [52, 46], [60, 52], [68, 38]]) rect(38, y, 38 + w, y + 3, INK);
// a question mark for the FAQ
const q = ['.####.', '##..##', '....##', '...##.', '..##..', '..##..', '......', '..##..'];
q.forEach((row, r) => [...row].forEach((ch, c) => { if (ch === '#') rect(62 + c * 3, 78 + r * 3, 65 + c * 3, 81 + r * 3, TEAL); }));
rect(38, 82, 56, 85, INK);
rect(38, 90, 52, 93, INK);

const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc32 = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const chunk = (type, data) => {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
};
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0); header.writeUInt32BE(SIZE, 4);
header[8] = 8; header[9] = 6; // 8-bit RGBA
const raw = Buffer.alloc(SIZE * (1 + SIZE * 4));
for (let y = 0; y < SIZE; y++) {
  raw[y * (1 + SIZE * 4)] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) Buffer.from(pixels[y * SIZE + x]).copy(raw, y * (1 + SIZE * 4) + 1 + x * 4);
}
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
fs.writeFileSync(new URL('../icon.png', import.meta.url), png);
console.log(`icon.png: ${SIZE}×${SIZE}, ${png.length} bytes`);
