/**
 * Shapes of the demo catalog that the seeding script writes to the database.
 * All prices are integer VND; all slugs are ASCII kebab-case without diacritics.
 */

/** Spec keys a product may carry; category `filterSpecs` pick from these. */
export type SpecKey =
  | 'connectivity'
  | 'bluetooth'
  | 'power'
  | 'frequencyResponse'
  | 'impedance'
  | 'sensitivity'
  | 'battery'
  | 'driver'
  | 'anc'
  | 'waterproof'
  | 'weight'
  | 'dimensions'
  | 'channels'
  | 'inputs'
  | 'outputs'
  | 'dacChip'
  | 'sampleRate'
  | 'drive'
  | 'speeds'
  | 'cartridge'
  | 'micType'
  | 'polarPattern'
  | 'codec'
  | 'warranty';
export type SeedCategory = {
  slug: string; // ascii kebab-case, no diacritics, e.g. 'tai-nghe-chong-on'
  name: string; // Vietnamese with diacritics, e.g. 'Tai nghe chống ồn'
  parentSlug: string | null;
  description: string; // 1-2 Vietnamese sentences, used as SEO description
  keywords: string; // extra search words incl. synonyms, with and without diacritics, e.g. 'amply âm ly ampli khuếch đại'
  filterSpecs: SpecKey[]; // spec keys offered as filters on this category's listing (1-3 keys whose values are a small closed set)
  image: string; // '/images/demo/<file>.svg'
  sortOrder: number;
};
export type SeedBrand = { slug: string; name: string; country: string; description: string; website: string };
export type SeedVariant = {
  sku: string; // unique across the whole catalog, e.g. 'SONY-WH1000XM5-BLK'
  options: Record<string, string>; // e.g. { 'Màu sắc': 'Đen' } ; {} when the product has a single variant
  price: number; // integer VND, realistic, rounded to 1,000 (e.g. 8490000)
  compareAtPrice: number | null; // integer VND > price, or null
  stock: number; // integer >= 0
};
export type SeedProduct = {
  slug: string; // ascii kebab-case without diacritics, unique, derived from name
  name: string; // Vietnamese with diacritics, e.g. 'Tai nghe chống ồn Sony WH-1000XM5'
  brandSlug: string;
  categorySlug: string; // always a leaf category
  shortDescription: string; // one Vietnamese sentence
  description: string; // 2-4 Vietnamese paragraphs separated by '\n\n', with diacritics
  specs: Partial<Record<SpecKey, string>>;
  variants: SeedVariant[]; // 1-4 variants
  images: { src: string; alt: string }[]; // 1-3 images, src '/images/demo/<file>.svg', alt in Vietnamese
  featured: boolean;
  soldCount: number; // integer >= 0, for best-selling sort
  createdDaysAgo: number; // 0-365, for newest sort
  seoTitle: string | null;
  seoDescription: string | null;
};
