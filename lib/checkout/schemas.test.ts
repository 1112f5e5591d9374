import { describe, expect, it } from 'vitest';
import { zodFields } from '@/lib/api/errors';
import { checkoutFormToInput } from './form';
import { checkoutSchema, normalizePhone } from './schemas';
import { shippingFee } from './shipping';

const valid = {
  contact: { name: '  Phạm   Thu Hà ', phone: '+84 912 345 678', email: ' Ha.Pham@Example.VN ' },
  shippingAddress: { provinceCode: '01', wardCode: '00004', street: '12 Phan Đình Phùng' },
  paymentMethod: 'cod',
};

describe('checkout input', () => {
  it('normalizes Vietnamese mobile numbers', () => {
    for (const p of ['0912345678', '0912 345 678', '+84912345678', '84912345678', '091.234.5678']) {
      expect(normalizePhone(p)).toBe('0912345678');
    }
  });

  it('accepts a valid order and tidies names, phones and e-mails', () => {
    const parsed = checkoutSchema.parse(valid);
    expect(parsed.contact).toEqual({ name: 'Phạm Thu Hà', phone: '0912345678', email: 'ha.pham@example.vn' });
  });

  it('names every bad field in Vietnamese', () => {
    const result = checkoutSchema.safeParse({
      contact: { name: 'A', phone: '0212345678', email: 'not-an-email' },
      shippingAddress: { provinceCode: '79', wardCode: '00004', street: 'x' },
      paymentMethod: 'bitcoin',
      note: 'n'.repeat(501),
      invoice: { companyName: 'Công ty TNHH Âm Thanh', taxCode: '123', address: 'Hà Nội, Việt Nam' },
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    const fields = zodFields(result.error);
    expect(Object.keys(fields).sort()).toEqual(
      [
        'contact.email',
        'contact.name',
        'contact.phone',
        'invoice.taxCode',
        'note',
        'paymentMethod',
        'shippingAddress.street',
        'shippingAddress.wardCode', // 00004 is in Hà Nội, not in province 79
      ].sort(),
    );
    expect(fields['contact.phone']).toMatch(/Số điện thoại di động không hợp lệ/);
  });

  it('rejects a ward that is not in the chosen province', () => {
    const result = checkoutSchema.safeParse({
      ...valid,
      shippingAddress: { ...valid.shippingAddress, provinceCode: '79' },
    });
    expect(result.success || zodFields(result.error)).toEqual({
      'shippingAddress.wardCode': 'Phường/xã không thuộc tỉnh/thành phố đã chọn',
    });
  });

  it('reads the flat checkout form into the API shape', () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({
      'contact.name': 'Phạm Thu Hà',
      'contact.phone': '0912345678',
      'contact.email': 'ha@example.vn',
      'shippingAddress.provinceCode': '01',
      'shippingAddress.wardCode': '00004',
      'shippingAddress.street': '12 Phan Đình Phùng',
      paymentMethod: 'cod',
      wantsInvoice: 'on',
      'invoice.companyName': 'Công ty TNHH Tài Lộc',
      'invoice.taxCode': '0101234567',
      'invoice.address': '1 Tràng Tiền, Hà Nội',
      expectedPrices: '{"12":1000000}',
      'consent.accepted': 'on',
      'consent.termsVersion': '3',
      'consent.privacyVersion': '2',
      'consent.marketingZalo': 'on',
      idempotencyKey: 'abc-123-def-456',
      website: '',
    })) {
      form.set(k, v);
    }
    const input = checkoutFormToInput(form);
    expect(input.honeypot).toBe('');
    expect(input.idempotencyKey).toBe('abc-123-def-456');
    const parsed = checkoutSchema.parse(input);
    expect(parsed.invoice?.taxCode).toBe('0101234567');
    expect(parsed.expectedPrices).toEqual({ 12: 1_000_000 });
    expect(parsed.consent).toEqual({
      accepted: true,
      termsVersion: 3,
      privacyVersion: 2,
      marketingEmail: false,
      marketingZalo: true,
    });
  });

  it('refuses a checkout form whose terms box is not ticked, naming the field', () => {
    const form = new FormData();
    form.set('consent.termsVersion', '1');
    form.set('consent.privacyVersion', '1');
    const result = checkoutSchema.safeParse(checkoutFormToInput(form));
    if (result.success) throw new Error('expected the form to be refused');
    expect(zodFields(result.error)['consent.accepted']).toMatch(/Điều khoản sử dụng/);
  });

  it('charges shipping below the threshold only', () => {
    const rule = { flatFee: 30_000, freeFrom: 1_000_000 };
    expect(shippingFee(0, rule)).toBe(0);
    expect(shippingFee(999_000, rule)).toBe(30_000);
    expect(shippingFee(1_000_000, rule)).toBe(0);
  });
});
