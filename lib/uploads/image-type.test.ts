import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { detectImageKind, readImageInfo } from './image-type';

// Headers built by hand: only the bytes the reader looks at have to be right.

function png(width: number, height: number): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    return Buffer.concat([len, Buffer.from(type, 'ascii'), data, Buffer.alloc(4)]);
  };
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(height * (1 + width * 3)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function jpeg(width: number, height: number): Uint8Array {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  const dht = Buffer.from([0xff, 0xc4, 0x00, 0x04, 0x00, 0x00]);
  const sof = Buffer.from([0xff, 0xc2, 0x00, 0x11, 8, height >> 8, height & 255, width >> 8, width & 255, 3]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, dht, sof, Buffer.alloc(12)]);
}

function riff(chunk: string, payload: number[]): Uint8Array {
  return Buffer.concat([
    Buffer.from('RIFF'),
    Buffer.alloc(4),
    Buffer.from('WEBP'),
    Buffer.from(chunk),
    Buffer.alloc(4),
    Buffer.from(payload),
    Buffer.alloc(16),
  ]);
}

function avif(width: number, height: number): Uint8Array {
  const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 0x1c]), Buffer.from('ftypavif\0\0\0\0avifmif1miaf')]);
  const ispe = Buffer.alloc(20);
  ispe.writeUInt32BE(20, 0);
  ispe.write('ispe', 4, 'ascii');
  ispe.writeUInt32BE(width, 12);
  ispe.writeUInt32BE(height, 16);
  return Buffer.concat([ftyp, Buffer.alloc(40), ispe]);
}

describe('readImageInfo', () => {
  it('reads PNG', () => expect(readImageInfo(png(64, 48))).toEqual({ kind: 'png', width: 64, height: 48 }));

  it('reads JPEG past APP0 and DHT segments (progressive SOF2)', () => {
    expect(readImageInfo(jpeg(1200, 800))).toEqual({ kind: 'jpeg', width: 1200, height: 800 });
  });

  it('reads the three WebP flavours', () => {
    // VP8: frame tag (3 bytes), start code 9d 01 2a, then 14-bit width and height.
    expect(readImageInfo(riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, 0x20, 0x03, 0x58, 0x02]))).toEqual({
      kind: 'webp',
      width: 800,
      height: 600,
    });
    // VP8L: signature 0x2f, then (width-1) in 14 bits and (height-1) in the next 14: 100 x 50.
    const w = 99;
    const h = 49;
    const bits = w | (h << 14);
    expect(readImageInfo(riff('VP8L', [0x2f, bits & 255, (bits >> 8) & 255, (bits >> 16) & 255, bits >>> 24]))).toEqual(
      { kind: 'webp', width: 100, height: 50 },
    );
    // VP8X: flags and reserved (4 bytes), then (width-1) and (height-1) as 24-bit little-endian.
    expect(readImageInfo(riff('VP8X', [0, 0, 0, 0, 0xff, 0x03, 0, 0xdf, 0x02, 0]))).toEqual({
      kind: 'webp',
      width: 1024,
      height: 736,
    });
  });

  it('reads AVIF', () => expect(readImageInfo(avif(640, 480))).toEqual({ kind: 'avif', width: 640, height: 480 }));

  it('refuses what is not one of the four formats, whatever its name says', () => {
    expect(detectImageKind(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(detectImageKind(Buffer.from('GIF89a......'))).toBeNull();
    expect(detectImageKind(Buffer.from('%PDF-1.7'))).toBeNull();
    expect(readImageInfo(new Uint8Array(0))).toBeNull();
    // A PNG signature with nothing after it has no size.
    expect(readImageInfo(png(10, 10).subarray(0, 12))).toBeNull();
  });
});
