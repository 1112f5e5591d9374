import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { type Answer, type RequestLog, send } from './closed-loop';

// The two requests a buyer makes, as the mobile app makes them: the cart named by the X-Cart-Id header
// (no cookies), the order placed with an Idempotency-Key.

export const ADD_TO_CART_PATH = '/api/cart/items';
export const CHECKOUT_PATH = '/api/checkout';

/** A valid COD order for the cart: a real province/ward pair from the address data. */
const CHECKOUT_BODY = JSON.stringify({
  contact: { name: 'Nguyễn Văn Bench', phone: '0912345678', email: 'bench@example.vn' },
  shippingAddress: { provinceCode: '01', wardCode: '00004', street: '1 Tràng Tiền' },
  paymentMethod: 'cod',
});

const errorAnswer = z.object({ error: z.object({ code: z.string() }) });
const orderAnswer = z.object({ order: z.object({ number: z.string().min(1) }) });

/** One simulated shopper: a cart of their own, from an address of their own. */
export type Shopper = { cartId: string; address: string };

// The app rate-limits per client IP, taken from the first X-Forwarded-For entry (cart writes 60/min,
// orders 10/min). The benchmark is one machine playing many shoppers, so every shopper (every
// iteration of a scenario, across the whole run) comes from an address of its own: 10.0.0.1, 10.0.0.2,
// and so on, 16 million of them. Otherwise the limits, not the server, would set the numbers.
let lastAddress = 0;

export function newShopper(): Shopper {
  lastAddress = (lastAddress + 1) % 0x1000000 || 1;
  const n = lastAddress;
  return { cartId: randomUUID(), address: `10.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}` };
}

function headers(shopper: Shopper, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'content-type': 'application/json',
    'x-cart-id': shopper.cartId,
    'x-forwarded-for': shopper.address,
    ...extra,
  };
}

export function addToCart(log: RequestLog, baseUrl: string, shopper: Shopper, variantId: number) {
  return send(log, baseUrl + ADD_TO_CART_PATH, {
    method: 'POST',
    headers: headers(shopper),
    body: JSON.stringify({ variantId, quantity: 1 }),
  });
}

export function placeOrder(log: RequestLog, baseUrl: string, shopper: Shopper) {
  return send(log, baseUrl + CHECKOUT_PATH, {
    method: 'POST',
    headers: headers(shopper, { 'idempotency-key': randomUUID() }),
    body: CHECKOUT_BODY,
  });
}

/** 409 { error: { code: 'out_of_stock' } }: the one refusal a sell-out may cause. */
export function isOutOfStock(answer: Answer): boolean {
  if (answer.status !== 409) return false;
  const parsed = errorAnswer.safeParse(answer.body);
  return parsed.success && parsed.data.error.code === 'out_of_stock';
}

/** The order number of a 201 from checkout; null for any other answer. */
export function placedOrderNumber(answer: Answer): string | null {
  if (answer.status !== 201) return null;
  const parsed = orderAnswer.safeParse(answer.body);
  return parsed.success ? parsed.data.order.number : null;
}
