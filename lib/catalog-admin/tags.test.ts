import { describe, expect, it } from 'vitest';
import { categoryTags, productChangeTags } from './tags';
import type { Taxonomy } from './taxonomy';

const taxonomy: Taxonomy = {
  categories: new Map([
    [1, { id: 1, slug: 'loa', name: 'Loa', keywords: '', parentId: null }],
    [2, { id: 2, slug: 'loa-bluetooth', name: 'Loa bluetooth', keywords: '', parentId: 1 }],
    [3, { id: 3, slug: 'tai-nghe', name: 'Tai nghe', keywords: '', parentId: null }],
  ]),
  brands: new Map([
    [10, { id: 10, slug: 'jbl', name: 'JBL' }],
    [11, { id: 11, slug: 'sony', name: 'Sony' }],
  ]),
};

describe('cache tags of a product change', () => {
  const shown = { published: true, deletedAt: null };

  it('names the page, every listing, the category with its parents and the brand', () => {
    expect(productChangeTags(taxonomy, [{ slug: 'jbl-go-4', categoryId: 2, brandId: 10, ...shown }])).toEqual(
      ['products', 'product:jbl-go-4', 'category:loa-bluetooth', 'category:loa', 'brand:jbl'].sort(),
    );
  });

  it('names only the page of a product hidden before and after (no listing shows it)', () => {
    const hidden = { slug: 'nhap', categoryId: 2, brandId: 10, published: false, deletedAt: null };
    const deleted = { ...hidden, slug: 'da-xoa', published: true, deletedAt: new Date() };
    expect(productChangeTags(taxonomy, [hidden, deleted])).toEqual(['product:da-xoa', 'product:nhap']);
    // Published now: the listings it joins.
    expect(productChangeTags(taxonomy, [hidden, { ...hidden, published: true }])).toContain('category:loa');
  });

  it('names both places when a product moves and both pages when its slug changes', () => {
    const tags = productChangeTags(taxonomy, [
      { slug: 'a', categoryId: 2, brandId: 10, ...shown },
      { slug: 'b', categoryId: 3, brandId: 11, ...shown },
    ]);
    expect(tags).toEqual(
      [
        'products',
        'product:a',
        'product:b',
        'category:loa-bluetooth',
        'category:loa',
        'category:tai-nghe',
        'brand:jbl',
        'brand:sony',
      ].sort(),
    );
  });

  it('stops on a broken tree instead of looping', () => {
    const loop: Taxonomy['categories'] = new Map([
      [1, { id: 1, slug: 'a', name: 'A', keywords: '', parentId: 2 }],
      [2, { id: 2, slug: 'b', name: 'B', keywords: '', parentId: 1 }],
    ]);
    expect(categoryTags(loop, 1)).toEqual(['category:a', 'category:b']);
  });
});
