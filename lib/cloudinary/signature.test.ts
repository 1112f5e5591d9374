import { describe, expect, it } from 'vitest';
import { cloudinarySignature, signRequestSchema as schemaFor } from './signature';

const signRequestSchema = schemaFor('shop/products');

describe('cloudinarySignature', () => {
  it("matches the example of Cloudinary's documentation", () => {
    // cloudinary.com/documentation/authentication_signatures: API secret "abcd".
    const params = {
      timestamp: 1315060510,
      public_id: 'sample_image',
      eager: 'w_400,h_300,c_pad|w_260,h_200,c_crop',
    };
    expect(cloudinarySignature(params, 'abcd')).toBe('bfd09f95f331f558cbd1320e67aa8d488770583e');
  });

  it('leaves out file, cloud_name, resource_type, api_key and empty values; joins arrays with commas', () => {
    const base = cloudinarySignature({ timestamp: 1, tags: 'a,b' }, 's');
    expect(
      cloudinarySignature(
        {
          tags: ['a', 'b'],
          timestamp: 1,
          api_key: 'k',
          cloud_name: 'c',
          file: 'f',
          resource_type: 'image',
          folder: '',
        },
        's',
      ),
    ).toBe(base);
  });
});

describe('signRequestSchema', () => {
  const now = Math.floor(Date.now() / 1000);
  it('accepts what the upload widget sends', () => {
    const r = signRequestSchema.safeParse({ paramsToSign: { timestamp: now, source: 'uw', folder: 'shop/products' } });
    expect(r.success).toBe(true);
  });
  it('refuses parameters outside the list and other folders: a signature would authorise them', () => {
    for (const extra of [{ notification_url: 'https://evil.example' }, { eval: 'x' }, { folder: 'elsewhere' }]) {
      expect(signRequestSchema.safeParse({ paramsToSign: { timestamp: now, ...extra } }).success).toBe(false);
    }
  });
  it('refuses a stale timestamp, odd parameter names and a missing body', () => {
    const folder = 'shop/products';
    expect(signRequestSchema.safeParse({ paramsToSign: { timestamp: now - 7200, folder } }).success).toBe(false);
    expect(signRequestSchema.safeParse({ paramsToSign: { timestamp: now, folder, 'x&y': '1' } }).success).toBe(false);
    expect(signRequestSchema.safeParse({ paramsToSign: { source: 'uw', folder } }).success).toBe(false);
    expect(signRequestSchema.safeParse({}).success).toBe(false);
  });
  it('requires the folder: without one the upload would land at the top of the account', () => {
    expect(signRequestSchema.safeParse({ paramsToSign: { timestamp: now, source: 'uw' } }).success).toBe(false);
  });
  it('refuses & and = in values (they would smuggle parameters into the signed string) and control characters', () => {
    const base = { timestamp: now, folder: 'shop/products' };
    for (const extra of [
      { tags: 'loa&notification_url=https://evil.example' },
      { context: 'alt=x' },
      { tags: ['ok', 'a&b'] },
      { display_name: 'ten\u0000' },
      { filename_override: 'a\nb' },
    ]) {
      expect(signRequestSchema.safeParse({ paramsToSign: { ...base, ...extra } }).success, JSON.stringify(extra)).toBe(
        false,
      );
    }
    // What a tampered value would have signed: the same string as a real extra parameter.
    expect(cloudinarySignature({ context: 'x&eval=y', timestamp: 1 }, 's')).toBe(
      cloudinarySignature({ context: 'x', eval: 'y', timestamp: 1 }, 's'),
    );
  });
  it('keeps public_id inside the folder: one name, no path', () => {
    const base = { timestamp: now, folder: 'shop/products' };
    expect(signRequestSchema.safeParse({ paramsToSign: { ...base, public_id: 'loa-jbl_2026.v2' } }).success).toBe(true);
    for (const publicId of ['../elsewhere/x', 'other/x', '/root', '.hidden', 'a b', '']) {
      expect(signRequestSchema.safeParse({ paramsToSign: { ...base, public_id: publicId } }).success, publicId).toBe(
        false,
      );
    }
  });
});
