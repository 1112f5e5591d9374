'use client';

import Link from 'next/link';
import { type FormEvent, startTransition, useActionState, useEffect, useRef, useState } from 'react';
// biome-ignore lint/style/noRestrictedImports: existing server actions still live under app/; moving them to lib/ is tracked
import { type CheckoutFormState, placeOrderAction } from '@/app/(shop)/thanh-toan/actions';
import type { PaymentMethod } from '@/lib/core/domain-types';
import type { AddressOption } from '@/lib/address/data';
import { HONEYPOT_FIELD } from '@/lib/checkout/form';
import { ConsentFields, type PolicyVersions } from '../legal/consent-fields';
import type { CartView } from '@/lib/cart/dto';
import { useCart } from '../cart/cart-provider';
import { PAYMENT_METHOD_HINTS, PAYMENT_METHOD_LABELS } from '../payment-method-labels';
import { AddressFields } from './address-fields';
import { CheckoutSummary } from './checkout-summary';
import { fieldId, TextAreaField, TextField } from './text-field';

// The one-page checkout. Field names are the dotted paths lib/checkout/form.ts reads; the server answers a failed
// attempt with a message, errors keyed by the same paths and everything that was typed, which also becomes the
// fields' defaults. The server validates; the browser's own validation bubbles are off so that every message is
// ours and in Vietnamese.

type Props = {
  initialCart: CartView;
  provinces: AddressOption[];
  paymentMethods: PaymentMethod[];
  /** One per rendering of the page: a repeated submit (double click, retry) places the order once. */
  idempotencyKey: string;
  /** A signed-in customer's details and default address, by field name; what they type after an error wins. */
  initialValues?: Record<string, string>;
  /** The terms and privacy versions in force: the consent accepts these. */
  policyVersions: PolicyVersions;
};

const INITIAL: CheckoutFormState = { status: 'idle' };

// Fields that can be linked to from the error summary.
const FIELDS = new Set([
  'contact.name',
  'contact.phone',
  'contact.email',
  'shippingAddress.provinceCode',
  'shippingAddress.wardCode',
  'shippingAddress.street',
  'note',
  'invoice.companyName',
  'invoice.taxCode',
  'invoice.address',
  'paymentMethod',
  'consent.accepted',
]);

const legendClass = 'mb-3 text-lg font-bold';

export function CheckoutForm({
  initialCart,
  provinces,
  paymentMethods,
  idempotencyKey,
  initialValues,
  policyVersions,
}: Props) {
  const { cart: live, cloudName, pending: cartPending, refresh } = useCart();
  const cart = live ?? initialCart;
  const [state, formAction, pending] = useActionState(placeOrderAction, INITIAL);
  const values = state.status === 'error' ? state.values : (initialValues ?? {});
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const [wantsInvoice, setWantsInvoice] = useState(values.wantsInvoice === 'on');
  const form = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.status !== 'error') return;
    const firstInvalid = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (firstInvalid ?? summary.current)?.focus();
    // Not a typing mistake (sold out, price or stock moved): show the cart as it is now.
    if (Object.keys(state.fieldErrors).length === 0) refresh();
  }, [state, refresh]);

  if (cart.lines.length === 0) {
    return (
      <div className="py-10 text-center">
        <p className="text-lg font-semibold">Giỏ hàng của bạn đang trống.</p>
        <Link href="/" className="mt-4 inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
          Tiếp tục mua sắm
        </Link>
      </div>
    );
  }

  const expectedPrices = JSON.stringify(
    Object.fromEntries(cart.lines.filter((l) => l.available).map((l) => [String(l.variantId), l.unitPrice])),
  );
  const fieldErrors = Object.entries(errors);
  const chosenMethod = values.paymentMethod ?? paymentMethods[0];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // Dispatched by hand rather than left to <form action>: React resets a form after its action, and a <select>
    // does not take a new defaultValue on re-render, so the province and ward would fall back to "Chọn …". This
    // way the fields keep exactly what was typed. `action` stays for the rare browser without JavaScript.
    event.preventDefault();
    if (pending) return; // also stops Enter in a field from sending a second attempt
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  return (
    <form ref={form} action={formAction} onSubmit={onSubmit} noValidate aria-busy={pending} className="mt-4">
      <div ref={summary} tabIndex={-1} role="alert" className="mb-6 focus:outline-none">
        {state.status === 'error' && (
          <div className="rounded-md border border-brand-200 bg-brand-50 p-4 text-brand-900">
            <p className="font-semibold">{state.message}</p>
            {fieldErrors.length > 0 && (
              <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
                {fieldErrors.map(([name, message]) => (
                  <li key={name}>
                    {FIELDS.has(name) ? (
                      <a href={`#${fieldId(name)}`} className="underline">
                        {message}
                      </a>
                    ) : (
                      message
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>

      <div className="grid gap-8 lg:grid-cols-[3fr_2fr] lg:items-start">
        <div className="space-y-8">
          <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
          <input type="hidden" name="expectedPrices" value={expectedPrices} />
          {/* Bots fill every field they find; people never see or reach this one. */}
          <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
            <label htmlFor="f-website">Website</label>
            <input id="f-website" type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
          </div>

          <fieldset className="space-y-4">
            <legend className={legendClass}>Thông tin liên hệ</legend>
            <TextField
              name="contact.name"
              label="Họ và tên"
              defaultValue={values['contact.name'] ?? ''}
              error={errors['contact.name']}
              maxLength={100}
              autoComplete="name"
            />
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField
                name="contact.phone"
                label="Số điện thoại"
                type="tel"
                inputMode="tel"
                autoComplete="tel"
                defaultValue={values['contact.phone'] ?? ''}
                error={errors['contact.phone']}
                hint="Nhân viên giao hàng sẽ gọi số này."
                maxLength={20}
                placeholder="0912 345 678"
              />
              <TextField
                name="contact.email"
                label="Email"
                type="email"
                inputMode="email"
                autoComplete="email"
                defaultValue={values['contact.email'] ?? ''}
                error={errors['contact.email']}
                hint="Chúng tôi gửi xác nhận đơn hàng tới địa chỉ này."
                maxLength={200}
              />
            </div>
          </fieldset>

          <fieldset>
            <legend className={legendClass}>Địa chỉ giao hàng</legend>
            <AddressFields provinces={provinces} values={values} errors={errors} />
          </fieldset>

          <TextAreaField
            name="note"
            label="Ghi chú cho đơn hàng"
            optional
            rows={3}
            maxLength={500}
            defaultValue={values.note ?? ''}
            error={errors.note}
            hint="Ví dụ: giao giờ hành chính, gọi trước khi giao."
          />

          <div className="space-y-4">
            <label className="flex min-h-11 cursor-pointer items-center gap-3 font-semibold">
              <input
                type="checkbox"
                name="wantsInvoice"
                defaultChecked={values.wantsInvoice === 'on'}
                onChange={(e) => setWantsInvoice(e.target.checked)}
                aria-controls="invoice-fields"
                aria-expanded={wantsInvoice}
                className="size-5 accent-brand-700"
              />
              Xuất hóa đơn VAT
            </label>
            {/* Hidden, not removed: what was typed survives unticking and ticking again. The server ignores these
              fields unless the box is ticked. */}
            <fieldset
              id="invoice-fields"
              hidden={!wantsInvoice}
              className="space-y-4 rounded-md border border-stone-200 p-4"
            >
              <legend className="px-1 text-sm font-semibold">Thông tin xuất hóa đơn</legend>
              <TextField
                name="invoice.companyName"
                label="Tên công ty"
                defaultValue={values['invoice.companyName'] ?? ''}
                error={errors['invoice.companyName']}
                maxLength={200}
                autoComplete="organization"
              />
              <TextField
                name="invoice.taxCode"
                label="Mã số thuế"
                defaultValue={values['invoice.taxCode'] ?? ''}
                error={errors['invoice.taxCode']}
                hint="10 chữ số, hoặc 10 chữ số, dấu gạch và 3 chữ số (chi nhánh)."
                maxLength={14}
                inputMode="text"
                autoComplete="off"
              />
              <TextField
                name="invoice.address"
                label="Địa chỉ công ty"
                defaultValue={values['invoice.address'] ?? ''}
                error={errors['invoice.address']}
                maxLength={300}
                autoComplete="off"
              />
            </fieldset>
          </div>

          <fieldset aria-describedby={errors.paymentMethod ? `${fieldId('paymentMethod')}-error` : undefined}>
            <legend className={legendClass}>Phương thức thanh toán</legend>
            <div className="space-y-2">
              {paymentMethods.map((method, i) => (
                <label
                  key={method}
                  className="flex min-h-11 cursor-pointer items-start gap-3 rounded-md border border-stone-300 p-3 has-checked:border-brand-700 has-checked:bg-brand-50"
                >
                  <input
                    type="radio"
                    name="paymentMethod"
                    value={method}
                    id={i === 0 ? fieldId('paymentMethod') : undefined}
                    defaultChecked={method === chosenMethod}
                    aria-invalid={errors.paymentMethod ? true : undefined}
                    className="mt-0.5 size-5 shrink-0 accent-brand-700"
                  />
                  <span>
                    <span className="block font-semibold">{PAYMENT_METHOD_LABELS[method]}</span>
                    <span className="block text-sm text-stone-600">{PAYMENT_METHOD_HINTS[method]}</span>
                  </span>
                </label>
              ))}
            </div>
            {errors.paymentMethod && (
              <p id={`${fieldId('paymentMethod')}-error`} className="mt-1 text-sm font-medium text-brand-800">
                {errors.paymentMethod}
              </p>
            )}
          </fieldset>
        </div>

        <div className="space-y-4 rounded-lg border border-stone-200 bg-stone-50 p-4 lg:sticky lg:top-4">
          <CheckoutSummary cart={cart} cloudName={cloudName} pending={cartPending} />
          {!cart.canCheckout && (
            <p id="checkout-blocked" className="text-sm font-medium text-amber-800">
              Một số sản phẩm cần được điều chỉnh trước khi đặt hàng.{' '}
              <Link href="/gio-hang" className="underline">
                Xem giỏ hàng
              </Link>
            </p>
          )}
          <ConsentFields versions={policyVersions} values={values} error={errors['consent.accepted']} />
          <button
            type="submit"
            disabled={pending || !cart.canCheckout || cartPending}
            aria-describedby={cart.canCheckout ? undefined : 'checkout-blocked'}
            className="min-h-12 w-full rounded-md bg-brand-700 px-6 text-lg font-bold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:opacity-60"
          >
            {pending ? 'Đang đặt hàng…' : 'Đặt hàng'}
          </button>
          <p className="text-xs text-stone-600">
            Bằng việc đặt hàng, bạn đồng ý để Audio Tài Lộc liên hệ qua số điện thoại và email trên để giao hàng.
          </p>
        </div>
      </div>
    </form>
  );
}
