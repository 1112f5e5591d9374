import { describe, expect, it } from 'vitest';
import { formToNested } from './nested-form';

function form(entries: [string, string][]): FormData {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

describe('formToNested', () => {
  it('turns dotted names into nested objects and index segments into ordered arrays', () => {
    const out = formToNested(
      form([
        ['name', 'Loa'],
        ['variants.1.sku', 'B'],
        ['variants.0.sku', 'A'],
        ['variants.0.options.0.name', 'Màu sắc'],
        ['variants.0.options.0.value', 'Đen'],
        ['specs.0.key', 'power'],
      ]),
    );
    expect(out).toEqual({
      name: 'Loa',
      variants: [{ sku: 'A', options: [{ name: 'Màu sắc', value: 'Đen' }] }, { sku: 'B' }],
      specs: [{ key: 'power' }],
    });
  });

  it('keeps repeated keys as arrays, closes index gaps and drops React fields and files', () => {
    const f = form([
      ['filterSpecs', 'power'],
      ['filterSpecs', 'anc'],
      ['rows.5.a', 'x'],
      ['rows.2.a', 'y'],
      ['$ACTION_ID_abc', ''],
    ]);
    f.append('file', new Blob(['x']), 'a.png');
    expect(formToNested(f)).toEqual({ filterSpecs: ['power', 'anc'], rows: [{ a: 'y' }, { a: 'x' }] });
  });

  it('ignores prototype-polluting paths', () => {
    const out = formToNested(form([['__proto__.polluted', 'yes']]));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(out).toEqual({});
  });
});
