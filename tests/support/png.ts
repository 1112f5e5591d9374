import { crc32, deflateSync } from 'node:zlib';

// A real, decodable PNG (RGB, a diagonal gradient) for upload tests: the server reads its header and the
// image optimizer decodes it, so it has to be a genuine file, not a stub.

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

export function gradientPng(width: number, height: number, tint: [number, number, number] = [155, 28, 35]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const rows = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 3);
    for (let x = 0; x < width; x++) {
      const t = (x + y) / (width + height);
      const at = row + 1 + x * 3;
      rows[at] = Math.round(tint[0] * t + 245 * (1 - t));
      rows[at + 1] = Math.round(tint[1] * t + 240 * (1 - t));
      rows[at + 2] = Math.round(tint[2] * t + 235 * (1 - t));
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
