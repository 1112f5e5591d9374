import { describe, expect, it } from 'vitest';
import { zodFields } from '@/lib/api/errors';
import { brandInputSchema, categoryInputSchema, productInputSchema } from './schemas';

const base = {
  name: 'Tai nghe chống ồn Sony WH-1000XM5',
  categoryId: '3',
  brandId: '7',
  variants: [{ sku: 'sony-xm5-blk', price: '8.490.000', options: [{ name: 'Màu sắc', value: 'Đen' }], active: 'on' }],
};

const errorsOf = (input: unknown) => {
  const r = productInputSchema.safeParse(input);
  return r.success ? {} : zodFields(r.error);
};

describe('productInputSchema', () => {
  it('makes the slug from the name without diacritics, upper-cases SKUs and reads grouped VND', () => {
    const p = productInputSchema.parse(base);
    expect(p.slug).toBe('tai-nghe-chong-on-sony-wh-1000xm5');
    expect(p.variants[0]).toMatchObject({
      sku: 'SONY-XM5-BLK',
      price: 8_490_000,
      compareAtPrice: null,
      initialStock: 0,
      active: true,
      options: { 'Màu sắc': 'Đen' },
    });
    expect(p).toMatchObject({
      categoryId: 3,
      brandId: 7,
      published: false,
      featured: false,
      seoTitle: null,
      specs: {},
    });
  });

  it('normalises a typed slug and accepts every usual way of writing a price', () => {
    expect(productInputSchema.parse({ ...base, slug: ' Loa Đẹp 2026 ' }).slug).toBe('loa-dep-2026');
    for (const price of ['1290000', '1.290.000', '1,290,000', '1 290 000']) {
      expect(productInputSchema.parse({ ...base, variants: [{ sku: 'A', price }] }).variants[0]?.price).toBe(1_290_000);
    }
    for (const price of ['12,5', '1.29', '-1', '1e6', '']) {
      expect(errorsOf({ ...base, variants: [{ sku: 'A', price }] })['variants.0.price']).toBeDefined();
    }
  });

  it('puts each error on its field: compare-at price, options, duplicate SKUs, spec rows', () => {
    const errors = errorsOf({
      ...base,
      specs: [
        { key: 'power', value: '20 W' },
        { key: 'power', value: '30 W' },
        { key: 'impedance', value: '' },
      ],
      variants: [
        { sku: 'X-1', price: '100000', compareAtPrice: '100.000', options: [{ name: 'Màu sắc', value: '' }] },
        { sku: 'x-1', price: '100000', options: [{ name: '', value: 'Đỏ' }] },
      ],
    });
    // All in one round: row checks do not wait for the rest of the form to be valid.
    expect(errors).toEqual({
      'variants.0.compareAtPrice': 'Giá gốc phải lớn hơn giá bán, hoặc để trống.',
      'variants.0.options.0.value': 'Nhập giá trị.',
      'variants.1.options.0.name': 'Nhập tên tùy chọn.',
      'variants.1.sku': 'SKU bị trùng trong danh sách.',
      'specs.1.key': 'Thông số bị lặp.',
      'specs.2.value': 'Nhập giá trị.',
    });
  });

  it('stores line breaks as LF: browsers submit textareas with CRLF, paragraphs are split on a blank line', () => {
    const p = productInputSchema.parse({ ...base, description: 'Đoạn một.\r\n\r\nĐoạn hai.\r\n' });
    expect(p.description).toBe('Đoạn một.\n\nĐoạn hai.');
  });

  it('refuses a name that gives no slug, and prices past the integer column', () => {
    expect(errorsOf({ ...base, name: '!!!' }).slug).toBeDefined();
    expect(errorsOf({ ...base, variants: [{ sku: 'A', price: '3.000.000.000' }] })['variants.0.price']).toMatch(
      /tối đa/,
    );
  });
});

describe('category and brand schemas', () => {
  it('reads a category form: one or many filter specs, empty parent as root', () => {
    expect(categoryInputSchema.parse({ name: 'Loa bluetooth', filterSpecs: 'waterproof' })).toMatchObject({
      slug: 'loa-bluetooth',
      parentId: null,
      filterSpecs: ['waterproof'],
      sortOrder: 0,
    });
    expect(
      categoryInputSchema.parse({ name: 'Loa', parentId: '2', filterSpecs: ['power', 'anc'], sortOrder: '-1' }),
    ).toMatchObject({ parentId: 2, filterSpecs: ['power', 'anc'], sortOrder: -1 });
  });

  it('accepts only http(s) brand websites', () => {
    expect(brandInputSchema.parse({ name: 'Bang & Olufsen' })).toMatchObject({ slug: 'bang-olufsen', website: null });
    expect(brandInputSchema.safeParse({ name: 'A', website: 'javascript:alert(1)' }).success).toBe(false);
    expect(brandInputSchema.parse({ name: 'A', website: 'https://www.bang-olufsen.com' }).website).toBe(
      'https://www.bang-olufsen.com',
    );
  });
});
