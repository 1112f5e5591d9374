import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { shippingAddressSchema } from './schemas';

function fieldErrors(input: unknown) {
  const result = shippingAddressSchema.safeParse(input);
  if (result.success) throw new Error('expected the address to be rejected');
  return z.flattenError(result.error).fieldErrors;
}

const valid = { provinceCode: '79', wardCode: '26743', street: 'số 1 Lê Lợi' };

describe('shippingAddressSchema', () => {
  it('accepts a real address and cleans the street', () => {
    expect(shippingAddressSchema.parse({ ...valid, provinceCode: ' 79 ', street: '  số 1\n  Lê Lợi ' })).toEqual(valid);
    // Decomposed diacritics, as some keyboards send them, come out NFC.
    const decomposed = 'số 1 Lê Lợi'.normalize('NFD');
    expect(shippingAddressSchema.parse({ ...valid, street: decomposed }).street).toBe('số 1 Lê Lợi'.normalize('NFC'));
  });

  it('asks for every missing field', () => {
    expect(fieldErrors({})).toEqual({
      provinceCode: ['Vui lòng chọn tỉnh/thành phố'],
      wardCode: ['Vui lòng chọn phường/xã'],
      street: ['Vui lòng nhập số nhà, tên đường'],
    });
    expect(fieldErrors({ provinceCode: '', wardCode: '', street: '   ' })).toEqual({
      provinceCode: ['Vui lòng chọn tỉnh/thành phố'],
      wardCode: ['Vui lòng chọn phường/xã'],
      street: ['Vui lòng nhập số nhà, tên đường'],
    });
  });

  it('gives one message per malformed code', () => {
    expect(fieldErrors({ ...valid, provinceCode: 'HCM' })).toEqual({ provinceCode: ['Tỉnh/thành phố không hợp lệ'] });
    expect(fieldErrors({ ...valid, wardCode: '26743a' })).toEqual({ wardCode: ['Phường/xã không hợp lệ'] });
  });

  it('bounds the street to 5..200 characters after trimming', () => {
    expect(fieldErrors({ ...valid, street: ' 1 a ' })).toEqual({ street: ['Địa chỉ cần ít nhất 5 ký tự'] });
    expect(fieldErrors({ ...valid, street: 'a'.repeat(201) })).toEqual({ street: ['Địa chỉ tối đa 200 ký tự'] });
    expect(shippingAddressSchema.safeParse({ ...valid, street: 'a'.repeat(200) }).success).toBe(true);
  });

  it('puts a ward of another province, or an unknown code, on the right field', () => {
    expect(fieldErrors({ ...valid, provinceCode: '01' })).toEqual({
      wardCode: ['Phường/xã không thuộc tỉnh/thành phố đã chọn'],
    });
    expect(fieldErrors({ ...valid, provinceCode: '99' })).toEqual({ provinceCode: ['Tỉnh/thành phố không hợp lệ'] });
    expect(fieldErrors({ ...valid, wardCode: '99999' })).toEqual({ wardCode: ['Phường/xã không hợp lệ'] });
  });
});
