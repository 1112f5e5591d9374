import { describe, expect, it } from 'vitest';
import {
  formatAddress,
  getProvince,
  getWard,
  listProvinces,
  listWards,
  provinceOptions,
  resolveAddress,
  wardOptions,
} from './data';

const provinces = listProvinces();
const wards = provinces.flatMap((province) => listWards(province.code));

describe('address data', () => {
  it('has the 34 provinces and centrally governed cities of Resolution 202/2025/QH15', () => {
    expect(provinces).toHaveLength(34);
    expect(provinces.filter((p) => p.type === 'Thành phố').map((p) => p.code)).toEqual(
      expect.arrayContaining(['01', '31', '46', '48', '79', '92']),
    );
    expect(provinces.filter((p) => p.type === 'Thành phố')).toHaveLength(6);
  });

  it('has every commune-level unit, each under exactly one province', () => {
    // 3,321 is the figure in the package's README ("3,321 wards (phường/xã)") and the official count after
    // the reform: 687 phường + 2,621 xã + 13 đặc khu.
    expect(wards).toHaveLength(3321);
    expect(wards.filter((w) => w.type === 'Phường')).toHaveLength(687);
    expect(wards.filter((w) => w.type === 'Xã')).toHaveLength(2621);
    expect(wards.filter((w) => w.type === 'Đặc khu')).toHaveLength(13);
    expect(listWards('01')).toHaveLength(126);
    expect(listWards('79')).toHaveLength(168);
    for (const province of provinces) expect(listWards(province.code).length, province.name).toBeGreaterThan(0);
    for (const ward of wards) expect(getWard(ward.code)).toEqual(ward);
  });

  it('uses unique official codes', () => {
    expect(new Set(provinces.map((p) => p.code)).size).toBe(34);
    expect(new Set(wards.map((w) => w.code)).size).toBe(3321);
    for (const p of provinces) expect(p.code).toMatch(/^\d{2}$/);
    for (const w of wards) expect(w.code).toMatch(/^\d{5}$/);
  });

  it('resolves the official codes', () => {
    expect(getProvince('01')).toEqual({ code: '01', name: 'Thành phố Hà Nội', type: 'Thành phố' });
    expect(getProvince('79')).toEqual({ code: '79', name: 'Thành phố Hồ Chí Minh', type: 'Thành phố' });
    expect(getWard('00004')).toEqual({ code: '00004', name: 'Phường Ba Đình', type: 'Phường', provinceCode: '01' });
    expect(getWard('31078')).toEqual({ code: '31078', name: 'Đặc khu Phú Quốc', type: 'Đặc khu', provinceCode: '91' });
    expect(getProvince('99')).toBeNull();
    expect(getWard('99999')).toBeNull();
    expect(listWards('99')).toEqual([]);
  });

  it('keeps Vietnamese diacritics, in NFC, and names every province in full', () => {
    expect(getProvince('04')?.name).toBe('Tỉnh Cao Bằng');
    expect(getProvince('66')?.name).toBe('Tỉnh Đắk Lắk');
    // Stored decomposed in the dataset ('e' + U+0300); must compare equal to what a shopper types.
    expect(getWard('03194')?.name).toBe('Xã Nậm Nèn'.normalize('NFC'));
    expect(getWard('26743')?.name).toBe('Phường Bến Thành');
    for (const { name } of [...provinces, ...wards]) expect(name).toBe(name.normalize('NFC'));
    for (const p of provinces) expect(p.name.startsWith(`${p.type} `), p.name).toBe(true);
    for (const w of wards) expect(w.name.startsWith(`${w.type} `), w.name).toBe(true);
  });

  it('sorts by the proper name in Vietnamese order, not by the type prefix', () => {
    const names = provinces.map((p) => p.name);
    expect(names.slice(0, 5)).toEqual([
      'Tỉnh An Giang',
      'Tỉnh Bắc Ninh',
      'Tỉnh Cà Mau',
      'Tỉnh Cao Bằng',
      'Thành phố Cần Thơ',
    ]);
    expect(names.indexOf('Thành phố Hà Nội')).toBe(names.indexOf('Tỉnh Gia Lai') + 1);
    expect(names.at(-1)).toBe('Tỉnh Vĩnh Long');
    expect(listWards('79').map((w) => w.name)).toEqual(
      expect.arrayContaining(['Phường An Đông', 'Xã An Long', 'Đặc khu Côn Đảo']),
    );
    const hcm = listWards('79').map((w) => w.name);
    expect(hcm.indexOf('Phường Bến Thành')).toBeLessThan(hcm.indexOf('Xã Cần Giờ'));
    expect(hcm.indexOf('Xã Cần Giờ')).toBeLessThan(hcm.indexOf('Đặc khu Côn Đảo'));
  });

  it('hands out copies, so a caller cannot reorder the shared lists', () => {
    const order = listProvinces().map((p) => p.code);
    listProvinces().reverse();
    listWards('01').length = 0;
    expect(listProvinces().map((p) => p.code)).toEqual(order);
    expect(listWards('01')).toHaveLength(126);
    expect(Object.isFrozen(getProvince('01'))).toBe(true);
  });

  it('gives the form small JSON-safe options', () => {
    const options = provinceOptions();
    expect(options).toHaveLength(34);
    expect(options[0]).toEqual({ code: '91', name: 'Tỉnh An Giang' });
    expect(JSON.parse(JSON.stringify(options))).toEqual(options);
    expect(wardOptions('01')).toHaveLength(126);
    expect(wardOptions('01')).toContainEqual({ code: '00004', name: 'Phường Ba Đình' });
    expect(wardOptions('99')).toBeNull();
  });
});

describe('resolveAddress', () => {
  it('accepts a ward of the chosen province', () => {
    const result = resolveAddress('01', '00004');
    expect(result).toEqual({ ok: true, province: getProvince('01'), ward: getWard('00004') });
  });

  it('rejects a ward of another province on wardCode', () => {
    expect(resolveAddress('79', '00004')).toEqual({
      ok: false,
      field: 'wardCode',
      code: 'ward_not_in_province',
      message: 'Phường/xã không thuộc tỉnh/thành phố đã chọn',
    });
  });

  it('rejects missing and unknown codes on the right field', () => {
    expect(resolveAddress('', '00004')).toMatchObject({
      ok: false,
      field: 'provinceCode',
      code: 'province_required',
      message: 'Vui lòng chọn tỉnh/thành phố',
    });
    expect(resolveAddress('99', '00004')).toMatchObject({ field: 'provinceCode', code: 'province_unknown' });
    expect(resolveAddress('01', '')).toMatchObject({
      field: 'wardCode',
      code: 'ward_required',
      message: 'Vui lòng chọn phường/xã',
    });
    expect(resolveAddress('01', '99999')).toMatchObject({ field: 'wardCode', code: 'ward_unknown' });
  });
});

describe('formatAddress', () => {
  it('writes street, ward, province as on a shipping label', () => {
    const result = resolveAddress('79', '26743');
    if (!result.ok) throw new Error(result.message);
    expect(formatAddress(' số 1 Lê Lợi ', result.ward, result.province)).toBe(
      'số 1 Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh',
    );
    const ward = getWard('31078');
    const province = getProvince('91');
    if (!ward || !province) throw new Error('fixture missing');
    expect(formatAddress('12 Trần Hưng Đạo', ward, province)).toBe('12 Trần Hưng Đạo, Đặc khu Phú Quốc, Tỉnh An Giang');
  });
});
