import { describe, expect, it } from 'vitest';
import { foldVietnamese, searchTokens, slugify, toTsQuery } from './text';

describe('Vietnamese text', () => {
  it('folds every diacritic, including đ/Đ', () => {
    expect(foldVietnamese('Tai nghe chống ồn ĐEN đỏ Âm ly Mâm đĩa than')).toBe(
      'tai nghe chong on den do am ly mam dia than',
    );
  });

  it('makes SEO slugs without diacritics', () => {
    expect(slugify('Tai nghe chống ồn Sony WH-1000XM5')).toBe('tai-nghe-chong-on-sony-wh-1000xm5');
    expect(slugify('  Loa & Âm thanh -- Đỉnh!! ')).toBe('loa-am-thanh-dinh');
  });

  it('tokenizes queries safely for tsquery', () => {
    expect(searchTokens("Tai nghe chống ồn'; drop table --")).toEqual(['tai', 'nghe', 'chong', 'on', 'drop', 'table']);
    expect(searchTokens('a b c d e f g h i j k')).toHaveLength(8);
    expect(searchTokens('!!!')).toEqual([]);
    expect(toTsQuery(['tai', 'nghe'])).toBe('tai & nghe');
    expect(toTsQuery(['tai', 'ng'], true)).toBe('tai & ng:*');
    expect(toTsQuery([])).toBeNull();
  });
});
