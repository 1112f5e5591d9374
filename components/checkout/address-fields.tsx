'use client';

import { useEffect, useState } from 'react';
import type { AddressOption } from '@/lib/address/data';
import { controlClass, describedBy, FieldLabel, FieldNotes, fieldId, TextField } from './text-field';

// Tỉnh/thành phố from props (the list is small), phường/xã fetched from /api/address/wards when the province
// changes (the full dataset is 4 MB and must not reach the browser), then số nhà, tên đường. The selects are
// uncontrolled: after a failed attempt they still show the shopper's choices (the form is not reset, see
// CheckoutForm), and the ward list stays loaded for the chosen province.

type Props = {
  provinces: AddressOption[];
  values: Record<string, string>;
  errors: Record<string, string>;
};

type Wards =
  | { status: 'idle' | 'loading' | 'error'; items: AddressOption[] }
  | { status: 'ready'; items: AddressOption[] };

const PROVINCE = 'shippingAddress.provinceCode';
const WARD = 'shippingAddress.wardCode';

function isOption(v: unknown): v is AddressOption {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.code === 'string' && typeof o.name === 'string';
}

export function AddressFields({ provinces, values, errors }: Props) {
  const [province, setProvince] = useState(values[PROVINCE] ?? '');
  const [wards, setWards] = useState<Wards>({ status: 'idle', items: [] });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!province) {
      setWards({ status: 'idle', items: [] });
      return;
    }
    const controller = new AbortController();
    setWards({ status: 'loading', items: [] });
    // "Thử lại" bumps `attempt`; the extra parameter also keeps a cached failure from answering again.
    const retry = attempt > 0 ? `&retry=${attempt}` : '';
    fetch(`/api/address/wards?province=${encodeURIComponent(province)}${retry}`, { signal: controller.signal })
      .then(async (res) => {
        if (!res.ok) throw new Error(`wards ${res.status}`);
        const body: unknown = await res.json();
        const items = (body as { items?: unknown }).items;
        setWards({ status: 'ready', items: Array.isArray(items) ? items.filter(isOption) : [] });
      })
      .catch(() => {
        if (!controller.signal.aborted) setWards({ status: 'error', items: [] });
      });
    return () => controller.abort();
  }, [province, attempt]);

  const provinceId = fieldId(PROVINCE);
  const wardId = fieldId(WARD);
  const wardError = errors[WARD];
  const wardHint =
    wards.status === 'loading' ? 'Đang tải danh sách phường/xã…' : !province ? 'Chọn tỉnh/thành phố trước.' : undefined;

  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div>
        <FieldLabel htmlFor={provinceId} label="Tỉnh/thành phố" />
        <select
          id={provinceId}
          name={PROVINCE}
          required
          defaultValue={values[PROVINCE] ?? ''}
          onChange={(e) => setProvince(e.target.value)}
          autoComplete="address-level1"
          aria-invalid={errors[PROVINCE] ? true : undefined}
          aria-describedby={describedBy(provinceId, false, errors[PROVINCE])}
          className={controlClass(errors[PROVINCE])}
        >
          <option value="">Chọn tỉnh/thành phố</option>
          {provinces.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </select>
        <FieldNotes id={provinceId} error={errors[PROVINCE]} />
      </div>

      <div>
        <FieldLabel htmlFor={wardId} label="Phường/xã" />
        <select
          // A <select> applies defaultValue only when it mounts, and the wards arrive later: mounting it again
          // once they are in lets a prefilled ward (saved address, address being edited) show as chosen.
          key={`${province}:${wards.status}`}
          id={wardId}
          name={WARD}
          required
          defaultValue={values[WARD] ?? ''}
          disabled={wards.status !== 'ready'}
          autoComplete="address-level2"
          aria-busy={wards.status === 'loading'}
          aria-invalid={wardError ? true : undefined}
          aria-describedby={describedBy(wardId, wardHint, wardError)}
          className={controlClass(wardError)}
        >
          <option value="">{wards.status === 'loading' ? 'Đang tải…' : 'Chọn phường/xã'}</option>
          {wards.items.map((w) => (
            <option key={w.code} value={w.code}>
              {w.name}
            </option>
          ))}
        </select>
        <div role="status">
          <FieldNotes id={wardId} hint={wardHint} error={wardError} />
        </div>
        {wards.status === 'error' && (
          <p role="alert" className="mt-1 text-sm font-medium text-brand-800">
            Không tải được danh sách phường/xã.{' '}
            <button
              type="button"
              onClick={() => setAttempt((n) => n + 1)}
              className="inline-flex min-h-11 items-center underline"
            >
              Thử lại
            </button>
          </p>
        )}
      </div>

      <div className="sm:col-span-2">
        <TextField
          name="shippingAddress.street"
          label="Số nhà, tên đường"
          defaultValue={values['shippingAddress.street'] ?? ''}
          error={errors['shippingAddress.street']}
          maxLength={200}
          autoComplete="street-address"
          placeholder="Ví dụ: 12 Nguyễn Huệ"
        />
      </div>
    </div>
  );
}
