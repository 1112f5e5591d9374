'use client';

import Link from 'next/link';
// biome-ignore lint/style/noRestrictedImports: existing server actions still live under app/; moving them to lib/ is tracked
import { createAddressAction, updateAddressAction } from '@/app/(shop)/account/actions';
import type { AddressOption } from '@/lib/address/data';
import { AddressFields } from '../checkout/address-fields';
import { TextField } from '../checkout/text-field';
import { FormAlert, primaryButton, secondaryButton } from './form-alert';
import { useActionForm } from './use-action-form';

// Adding or editing a saved address: the recipient, then the checkout's own province/ward picker and street
// (same field names, same server rules), so a saved address always goes through at checkout.

export type EditableAddress = {
  id: number;
  name: string;
  phone: string;
  provinceCode: string;
  wardCode: string;
  street: string;
  isDefault: boolean;
};

export function AddressForm({ provinces, address }: { provinces: AddressOption[]; address?: EditableAddress }) {
  const { state, pending, formRef, alertRef, onSubmit, values, errors } = useActionForm(
    address ? updateAddressAction : createAddressAction,
  );
  const initial: Record<string, string> = address
    ? {
        name: address.name,
        phone: address.phone,
        'shippingAddress.provinceCode': address.provinceCode,
        'shippingAddress.wardCode': address.wardCode,
        'shippingAddress.street': address.street,
      }
    : {};
  const shown = state.status === 'error' ? { ...initial, ...values } : initial;

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-4">
      <FormAlert state={state} alertRef={alertRef} />
      {address && <input type="hidden" name="id" value={address.id} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="name"
          label="Họ tên người nhận"
          autoComplete="name"
          maxLength={100}
          defaultValue={shown.name ?? ''}
          error={errors.name}
        />
        <TextField
          name="phone"
          label="Số điện thoại"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          maxLength={20}
          placeholder="0912 345 678"
          defaultValue={shown.phone ?? ''}
          error={errors.phone}
        />
      </div>
      <AddressFields provinces={provinces} values={shown} errors={errors} />
      {address?.isDefault ? (
        <p className="text-sm text-stone-700">Đây là địa chỉ mặc định của bạn.</p>
      ) : (
        <label className="flex min-h-11 cursor-pointer items-center gap-3 font-semibold">
          <input
            type="checkbox"
            name="isDefault"
            defaultChecked={state.status === 'error' ? values.isDefault === 'on' : false}
            className="size-5 accent-brand-700"
          />
          Đặt làm địa chỉ mặc định
        </label>
      )}
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? 'Đang lưu…' : address ? 'Lưu thay đổi' : 'Lưu địa chỉ'}
        </button>
        <Link href="/account/addresses" className={secondaryButton}>
          Hủy
        </Link>
      </div>
    </form>
  );
}
