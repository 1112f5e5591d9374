import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SPEC_KEYS } from '@/lib/catalog/specs';
import { buildSyntheticProducts } from './seed';
import { buildDemoProducts, demoBrands, demoCategories } from './demo-data';

describe('demo catalog', () => {
  const products = buildDemoProducts();

  it('is large and varied enough for a believable store', () => {
    expect(products.length).toBeGreaterThanOrEqual(200);
    const leaves = demoCategories.filter((c) => !demoCategories.some((o) => o.parentSlug === c.slug));
    expect(leaves.length).toBeGreaterThanOrEqual(10);
    expect(demoBrands.length).toBeGreaterThanOrEqual(15);
    for (const b of demoBrands)
      expect(products.filter((p) => p.brandSlug === b.slug).length, b.slug).toBeGreaterThanOrEqual(3);
    expect(products.some((p) => p.variants.every((v) => v.stock === 0))).toBe(true);
  });

  it('has unique ASCII slugs and SKUs, integer VND prices and images that exist offline', () => {
    expect(new Set(products.map((p) => p.slug)).size).toBe(products.length);
    const skus = products.flatMap((p) => p.variants.map((v) => v.sku));
    expect(new Set(skus).size).toBe(skus.length);
    for (const p of products) {
      expect(p.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      for (const v of p.variants) {
        expect(Number.isInteger(v.price) && v.price > 0).toBe(true);
        if (v.compareAtPrice !== null) expect(v.compareAtPrice).toBeGreaterThan(v.price);
      }
      for (const img of p.images) expect(existsSync(path.join('public', img.src)), img.src).toBe(true);
      for (const key of Object.keys(p.specs)) expect(SPEC_KEYS as string[]).toContain(key);
    }
  });

  it('synthetic products for benchmarks stay unique at any size', () => {
    const extra = buildSyntheticProducts(products, 5000);
    expect(new Set([...products, ...extra].map((p) => p.slug)).size).toBe(products.length + 5000);
    expect(extra.every((p) => p.variants.every((v) => Number.isInteger(v.price)))).toBe(true);
  });
});
