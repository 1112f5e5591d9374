// What an uploaded file really is, read from its first bytes (never from its name or the browser's
// Content-Type), and its pixel size, so that pages reserve the image's space before it loads.

export const IMAGE_TYPES = {
  jpeg: { ext: 'jpg', mime: 'image/jpeg' },
  png: { ext: 'png', mime: 'image/png' },
  webp: { ext: 'webp', mime: 'image/webp' },
  avif: { ext: 'avif', mime: 'image/avif' },
} as const;
export type ImageKind = keyof typeof IMAGE_TYPES;

export type ImageInfo = { kind: ImageKind; width: number; height: number };

const ascii = (b: Uint8Array, at: number, length: number) =>
  at + length <= b.length ? String.fromCharCode(...b.subarray(at, at + length)) : '';

function view(b: Uint8Array) {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

export function detectImageKind(b: Uint8Array): ImageKind | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v)) return 'png';
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return 'webp';
  if (ascii(b, 4, 4) === 'ftyp') {
    // ISO-BMFF: major brand at 8, compatible brands after the minor version, up to the box's size.
    const size = Math.min(view(b).getUint32(0), b.length, 256);
    const brands = [ascii(b, 8, 4)];
    for (let at = 16; at + 4 <= size; at += 4) brands.push(ascii(b, at, 4));
    if (brands.some((brand) => brand === 'avif' || brand === 'avis')) return 'avif';
  }
  return null;
}

function pngSize(b: Uint8Array): [number, number] | null {
  if (b.length < 24 || ascii(b, 12, 4) !== 'IHDR') return null;
  return [view(b).getUint32(16), view(b).getUint32(20)];
}

function jpegSize(b: Uint8Array): [number, number] | null {
  const v = view(b);
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    // Markers without a length: TEM and RST0-7.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    const length = v.getUint16(at + 2);
    // SOF0-SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return [v.getUint16(at + 7), v.getUint16(at + 5)];
    }
    if (length < 2) return null;
    at += 2 + length;
  }
  return null;
}

function webpSize(b: Uint8Array): [number, number] | null {
  const chunk = ascii(b, 12, 4);
  const v = view(b);
  if (chunk === 'VP8 ' && b.length >= 30) return [v.getUint16(26, true) & 0x3fff, v.getUint16(28, true) & 0x3fff];
  if (chunk === 'VP8L' && b.length >= 25) {
    const [b1 = 0, b2 = 0, b3 = 0, b4 = 0] = b.subarray(21, 25);
    return [1 + (((b2 & 0x3f) << 8) | b1), 1 + (((b4 & 0x0f) << 10) | (b3 << 2) | ((b2 & 0xc0) >> 6))];
  }
  if (chunk === 'VP8X' && b.length >= 30) {
    const u24 = (at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16);
    return [1 + u24(24), 1 + u24(27)];
  }
  return null;
}

/** AVIF: the first 'ispe' (image spatial extents) property is the primary image's size in practice. */
function avifSize(b: Uint8Array): [number, number] | null {
  const limit = Math.min(b.length, 64 * 1024);
  for (let at = 4; at + 16 <= limit; at++) {
    if (b[at] === 0x69 && ascii(b, at, 4) === 'ispe') {
      const v = view(b);
      return [v.getUint32(at + 8), v.getUint32(at + 12)];
    }
  }
  return null;
}

/** Reads the kind and the size; null when the bytes are not an image we accept (or are truncated). */
export function readImageInfo(b: Uint8Array): ImageInfo | null {
  const kind = detectImageKind(b);
  if (!kind) return null;
  const size =
    kind === 'png' ? pngSize(b) : kind === 'jpeg' ? jpegSize(b) : kind === 'webp' ? webpSize(b) : avifSize(b);
  if (!size) return null;
  const [width, height] = size;
  if (width < 1 || height < 1) return null;
  return { kind, width, height };
}
