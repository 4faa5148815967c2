// Writes the toolbar and store icons (public/icon/{16,32,48,128}.png): a radar glyph, two rings,
// a sweep wedge and a blip, drawn pixel by pixel and encoded as PNG with node:zlib. Run with
// `node scripts/make-icons.mjs`; the PNGs are committed, so the build never needs this script.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const BACKGROUND = [22, 101, 52];
const INK = [236, 253, 245];
const SWEEP = [74, 222, 128];
const BLIP = [250, 204, 21];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Colour of one sample point in a unit square centred at (0,0), radius 1; null = transparent. */
function shade(x, y, size) {
  const r = Math.hypot(x, y);
  if (r > 1) return null;
  const line = Math.max(0.07, 1.6 / size);
  const angle = Math.atan2(-y, x); // counter-clockwise from the right, y up
  if (Math.hypot(x - 0.38, y + 0.3) < 0.13) return BLIP;
  if (r < 0.12) return INK;
  if (Math.abs(r - 0.88) < line || (size >= 32 && Math.abs(r - 0.55) < line * 0.8)) return INK;
  if (angle > 0.35 && angle < 1.25 && r < 0.88) return SWEEP;
  return BACKGROUND;
}

function drawIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = ((px + (sx + 0.5) / samples) / size) * 2 - 1;
          const y = ((py + (sy + 0.5) / samples) / size) * 2 - 1;
          const colour = shade(x, y, size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 255;
        }
      }
      const covered = a / 255;
      const i = (py * size + px) * 4;
      if (covered > 0) {
        rgba[i] = Math.round(r / covered);
        rgba[i + 1] = Math.round(g / covered);
        rgba[i + 2] = Math.round(b / covered);
      }
      rgba[i + 3] = Math.round(a / (samples * samples));
    }
  }
  return encodePng(size, rgba);
}

const dir = new URL('../public/icon/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const size of SIZES) writeFileSync(new URL(`${size}.png`, dir), drawIcon(size));
console.log(`wrote ${SIZES.map((s) => `${s}.png`).join(', ')} to public/icon/`);
