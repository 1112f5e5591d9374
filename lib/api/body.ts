import 'server-only';
import { hasControlChars } from '@/lib/core/text';
import { BODY_LIMITS } from '@/lib/http/request-guard';
import { ApiError } from './errors';

// Reading request bodies at the edge. The cap is enforced on the stream as it arrives (a declared length is
// already checked at the front door, but a chunked body declares none); JSON nesting is measured on the raw text
// before anything parses it (a 20,000-deep payload would overflow the stack of whatever walks it, signature
// checks included); and no string in a JSON body may hold a NUL or another control character.

export const MAX_JSON_DEPTH = 32;

export const tooLarge = () => new ApiError(413, 'payload_too_large', 'Dữ liệu gửi lên quá lớn.');
const tooDeep = () => new ApiError(400, 'invalid_json', 'Nội dung gửi lên lồng nhau quá sâu.');
const badCharacters = () => new ApiError(400, 'invalid_characters', 'Dữ liệu gửi lên chứa ký tự không hợp lệ.');

/** The body as text, refused with 413 past `limit` bytes without reading the rest. */
export async function readTextCapped(req: Request, limit: number = BODY_LIMITS.api): Promise<string> {
  const declared = Number(req.headers.get('content-length') ?? 0);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (!req.body) return '';
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The deepest nesting of arrays and objects in JSON text, counted without parsing (strings skipped). */
export function jsonDepth(text: string, stopAt = MAX_JSON_DEPTH + 1): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > max) max = depth;
      if (max >= stopAt) return max;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

/** Throws 400 when JSON text nests deeper than MAX_JSON_DEPTH: call before parsing or verifying it. */
export function assertJsonDepth(text: string): void {
  if (jsonDepth(text) > MAX_JSON_DEPTH) throw tooDeep();
}

/** Whether any string (value or key) in parsed JSON holds a control character other than tab and newlines. */
export function hasControlCharsDeep(value: unknown): boolean {
  if (typeof value === 'string') return hasControlChars(value, { allowNewlines: true });
  if (Array.isArray(value)) return value.some(hasControlCharsDeep);
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([k, v]) => hasControlChars(k) || hasControlCharsDeep(v));
  }
  return false;
}

/** A JSON API body: capped, depth-checked, parsed, and free of control characters. */
export async function readJsonBody(req: Request, limit: number = BODY_LIMITS.api): Promise<unknown> {
  const text = await readTextCapped(req, limit);
  assertJsonDepth(text);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid_json', 'Nội dung gửi lên không phải JSON hợp lệ.');
  }
  if (hasControlCharsDeep(body)) throw badCharacters();
  return body;
}
