import { z } from 'zod';
import { SPEC_KEYS, type SpecKey } from '@/lib/catalog/specs';
import { slugify } from '@/lib/catalog/text';

// What the admin catalog forms may send, parsed once at the edge (server actions) so that lib/catalog-admin
// works on typed, trimmed, normalised values. Messages are Vietnamese: they are shown beside the fields.

const tooLong = (max: number) => `Tối đa ${max} ký tự.`;
/** Browsers submit a textarea's line breaks as CRLF; the storefront splits paragraphs on '\n\n'. */
const lf = (v: string) => v.replace(/\r\n?/g, '\n');
const text = (max: number) => z.string().trim().max(max, tooLong(max)).transform(lf);
const requiredText = (message: string, max: number) =>
  z.string({ error: message }).trim().min(1, message).max(max, tooLong(max)).transform(lf);
/** Empty means "not set" (null): SEO fields then fall back to the name and short description. */
const optionalText = (max: number) =>
  text(max)
    .optional()
    .transform((v) => (v ? v : null));

const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

export const idField = (message: string) =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: message })
      .int(message)
      .positive(message)
      .max(2 ** 31 - 1),
  );
const optionalId = z.preprocess(
  blankToUndefined,
  z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1)
    .optional(),
);

/** An unticked checkbox is simply absent from the form. */
export const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

/** The variants.price column is a PostgreSQL integer. */
export const MAX_PRICE_VND = 2_000_000_000;

/** Whole VND, as typed: "1290000" or grouped "1.290.000" / "1,290,000" / "1 290 000". */
function vnd(label: string) {
  const message = `${label} phải là số nguyên (VND), ví dụ 1.290.000.`;
  return z
    .string({ error: `Vui lòng nhập ${label.toLowerCase()}.` })
    .trim()
    .min(1, `Vui lòng nhập ${label.toLowerCase()}.`)
    .regex(/^(\d+|\d{1,3}([.,\s]\d{3})+)$/, message)
    .transform((v) => Number(v.replace(/[.,\s]/g, '')))
    .pipe(
      z
        .number()
        .int()
        .max(MAX_PRICE_VND, `${label} tối đa ${MAX_PRICE_VND.toLocaleString('vi-VN')} ₫.`),
    );
}

const optionRow = z.object({ name: text(40).default(''), value: text(80).default('') });

const skuField = z
  .string({ error: 'Vui lòng nhập SKU.' })
  .trim()
  .toUpperCase()
  .min(1, 'Vui lòng nhập SKU.')
  .max(64, tooLong(64))
  .regex(/^[A-Z0-9][A-Z0-9._-]*$/, 'SKU chỉ gồm chữ không dấu, số và các dấu - _ .');

export const MAX_INITIAL_STOCK = 1_000_000;

export const variantInputSchema = z
  .object({
    /** Set for a variant that already exists; new rows have none. */
    id: optionalId,
    sku: skuField,
    options: z.array(optionRow).max(3, 'Tối đa 3 tùy chọn.').default([]),
    price: vnd('Giá bán'),
    compareAtPrice: z.preprocess(blankToUndefined, vnd('Giá gốc').optional()).transform((v) => v ?? null),
    /** Only read for new variants: later changes go through the stock page (a ledger row each). */
    initialStock: z.preprocess(
      (v) => blankToUndefined(v) ?? '0',
      z.coerce
        .number({ error: 'Tồn kho phải là số nguyên.' })
        .int('Tồn kho phải là số nguyên.')
        .min(0, 'Tồn kho không thể âm.')
        .max(MAX_INITIAL_STOCK, `Tối đa ${MAX_INITIAL_STOCK.toLocaleString('vi-VN')}.`),
    ),
    active: checkbox,
  })
  .superRefine((v, ctx) => {
    if (v.compareAtPrice !== null && v.compareAtPrice <= v.price) {
      ctx.addIssue({
        code: 'custom',
        path: ['compareAtPrice'],
        message: 'Giá gốc phải lớn hơn giá bán, hoặc để trống.',
      });
    }
    const seen = new Set<string>();
    v.options.forEach((o, i) => {
      if (o.name && !o.value) ctx.addIssue({ code: 'custom', path: ['options', i, 'value'], message: 'Nhập giá trị.' });
      if (!o.name && o.value)
        ctx.addIssue({ code: 'custom', path: ['options', i, 'name'], message: 'Nhập tên tùy chọn.' });
      if (o.name && seen.has(o.name.toLowerCase())) {
        ctx.addIssue({ code: 'custom', path: ['options', i, 'name'], message: 'Tùy chọn bị lặp.' });
      }
      seen.add(o.name.toLowerCase());
    });
  })
  .transform(({ options, ...v }) => ({
    ...v,
    options: Object.fromEntries(options.filter((o) => o.name && o.value).map((o) => [o.name, o.value])),
  }));
export type VariantInput = z.infer<typeof variantInputSchema>;

const SPEC_KEY_SET = new Set<string>(SPEC_KEYS);

// Each check sits on the narrowest schema that can make it: zod runs a refinement only once everything
// under it parsed, so an object-level check would show its error only after every other field was fixed.

const specRow = z.object({ key: z.string().default(''), value: text(200).default('') }).superRefine((s, ctx) => {
  if (!s.key && !s.value) return;
  if (!SPEC_KEY_SET.has(s.key)) ctx.addIssue({ code: 'custom', path: ['key'], message: 'Chọn thông số.' });
  else if (!s.value) ctx.addIssue({ code: 'custom', path: ['value'], message: 'Nhập giá trị.' });
});

const specRows = z
  .array(specRow)
  .max(SPEC_KEYS.length, 'Quá nhiều thông số.')
  .default([])
  .superRefine((rows, ctx) => {
    const seen = new Set<string>();
    rows.forEach((s, i) => {
      if (s.key && seen.has(s.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: 'Thông số bị lặp.' });
      seen.add(s.key);
    });
  })
  .transform(
    (rows) =>
      Object.fromEntries(rows.filter((s) => s.key && s.value).map((s) => [s.key, s.value])) as Partial<
        Record<SpecKey, string>
      >,
  );

export const MAX_VARIANTS = 50;

const variantRows = z
  .array(variantInputSchema, { error: 'Cần ít nhất một phiên bản.' })
  .min(1, 'Cần ít nhất một phiên bản.')
  .max(MAX_VARIANTS, `Tối đa ${MAX_VARIANTS} phiên bản.`)
  .superRefine((rows, ctx) => {
    const skus = new Set<string>();
    const ids = new Set<number>();
    rows.forEach((v, i) => {
      if (skus.has(v.sku)) ctx.addIssue({ code: 'custom', path: [i, 'sku'], message: 'SKU bị trùng trong danh sách.' });
      skus.add(v.sku);
      if (v.id === undefined) return;
      if (ids.has(v.id)) ctx.addIssue({ code: 'custom', path: [i, 'sku'], message: 'Phiên bản bị lặp.' });
      ids.add(v.id);
    });
  });

/** A typed slug is normalised (lower case, no diacritics); one that leaves nothing is refused here. */
const slugField = text(140)
  .default('')
  .refine((v) => v === '' || slugify(v) !== '', 'Đường dẫn chỉ gồm chữ không dấu, số và dấu gạch ngang.');

export const productInputSchema = z
  .object({
    name: requiredText('Vui lòng nhập tên sản phẩm.', 200),
    /** Empty: made from the name, without diacritics. */
    slug: slugField,
    categoryId: idField('Vui lòng chọn danh mục.'),
    brandId: idField('Vui lòng chọn thương hiệu.'),
    shortDescription: text(500).default(''),
    description: text(20_000).default(''),
    specs: specRows,
    seoTitle: optionalText(120),
    seoDescription: optionalText(320),
    featured: checkbox,
    /** Only read when creating: an existing product is published from its status panel. */
    published: checkbox,
    variants: variantRows,
  })
  .superRefine((p, ctx) => {
    // A name of symbols only ("!!!") gives no slug.
    if (!slugify(p.slug || p.name)) {
      ctx.addIssue({ code: 'custom', path: ['slug'], message: 'Không tạo được đường dẫn từ tên: hãy nhập đường dẫn.' });
    }
  })
  .transform(({ slug, ...p }) => ({ ...p, slug: slugify(slug || p.name) }));
export type ProductInput = z.infer<typeof productInputSchema>;

export const productIdSchema = z.object({ productId: idField('Sản phẩm không hợp lệ.') });

// ---------------------------------------------------------------------------------------------
// Images

export const altField = requiredText('Vui lòng nhập mô tả ảnh (alt) cho người không xem được ảnh.', 200);
const dimension = z.coerce.number().int().min(1).max(20_000);

export const addImageSchema = z.object({
  productId: idField('Sản phẩm không hợp lệ.'),
  /** A local upload ('/uploads/…') or a Cloudinary public id; checked against the store it claims to be in. */
  src: requiredText('Vui lòng tải ảnh lên trước.', 300),
  alt: altField,
  width: dimension,
  height: dimension,
});
export type AddImageInput = z.infer<typeof addImageSchema>;

export const updateImageAltSchema = z.object({ imageId: idField('Ảnh không hợp lệ.'), alt: altField });
export const imageIdSchema = z.object({ imageId: idField('Ảnh không hợp lệ.') });

export const reorderImagesSchema = z.object({
  productId: idField('Sản phẩm không hợp lệ.'),
  /** Image ids in their new order, comma-separated. */
  order: z
    .string()
    .regex(/^\d{1,10}(,\d{1,10}){0,99}$/, 'Thứ tự ảnh không hợp lệ.')
    .transform((v) => v.split(',').map(Number)),
});

// ---------------------------------------------------------------------------------------------
// Categories and brands

const filterSpecs = z.preprocess(
  (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.enum(SPEC_KEYS as [SpecKey, ...SpecKey[]], { error: 'Thông số không hợp lệ.' })).max(6, 'Tối đa 6 bộ lọc.'),
);

export const categoryInputSchema = z
  .object({
    name: requiredText('Vui lòng nhập tên danh mục.', 120),
    slug: slugField,
    parentId: optionalId.transform((v) => v ?? null),
    description: text(1000).default(''),
    keywords: text(1000).default(''),
    filterSpecs,
    sortOrder: z.preprocess(
      (v) => blankToUndefined(v) ?? '0',
      z.coerce.number({ error: 'Thứ tự phải là số nguyên.' }).int('Thứ tự phải là số nguyên.').min(-9999).max(9999),
    ),
    seoTitle: optionalText(120),
    seoDescription: optionalText(320),
  })
  .superRefine((c, ctx) => {
    if (!slugify(c.slug || c.name)) {
      ctx.addIssue({
        code: 'custom',
        path: ['slug'],
        message: 'Đường dẫn chỉ gồm chữ không dấu, số và dấu gạch ngang.',
      });
    }
  })
  .transform(({ slug, ...c }) => ({ ...c, slug: slugify(slug || c.name), filterSpecs: [...new Set(c.filterSpecs)] }));
export type CategoryInput = z.infer<typeof categoryInputSchema>;

export const brandInputSchema = z
  .object({
    name: requiredText('Vui lòng nhập tên thương hiệu.', 120),
    slug: slugField,
    country: text(60).default(''),
    description: text(2000).default(''),
    website: z.preprocess(
      blankToUndefined,
      z
        .url({ protocol: /^https?$/, error: 'Địa chỉ web phải bắt đầu bằng http:// hoặc https://' })
        .max(300, tooLong(300))
        .optional(),
    ),
  })
  .superRefine((b, ctx) => {
    if (!slugify(b.slug || b.name)) {
      ctx.addIssue({
        code: 'custom',
        path: ['slug'],
        message: 'Đường dẫn chỉ gồm chữ không dấu, số và dấu gạch ngang.',
      });
    }
  })
  .transform(({ slug, website, ...b }) => ({ ...b, slug: slugify(slug || b.name), website: website ?? null }));
export type BrandInput = z.infer<typeof brandInputSchema>;

export const entityIdSchema = z.object({ id: idField('Không tìm thấy bản ghi.') });
