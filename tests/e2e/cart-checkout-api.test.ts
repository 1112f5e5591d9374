import { describe, expect, inject, it } from 'vitest';

// The mobile app's contract for cart, checkout and orders, over HTTP against `next start` with real
// PostgreSQL and Redis. Each test uses its own X-Forwarded-For address so rate limits stay per test.

const baseUrl = inject('baseUrl');
const mailboxUrl = inject('mailboxUrl');
let ipSeq = 10;

type Cart = {
  cartId: string;
  cart: {
    lines: { variantId: number; quantity: number; unitPrice: number }[];
    itemCount: number;
    subtotal: number;
    total: number;
  };
  notice: string | null;
};

function client() {
  const ip = `10.0.${Math.floor(ipSeq / 250)}.${ipSeq++ % 250}`;
  let cartId: string | null = null;
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        'x-forwarded-for': ip,
        ...(cartId ? { 'x-cart-id': cartId } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const json = (await res.json()) as Record<string, unknown>;
    if (typeof json.cartId === 'string') cartId = json.cartId;
    return { res, json };
  };
  return { call, ip, cartId: () => cartId };
}

async function inStockVariant(minStock = 3): Promise<{ id: number; stock: number; price: number }> {
  const list = (await (await fetch(`${baseUrl}/api/products?inStock=1&limit=60&sort=price-asc`)).json()) as {
    items: { slug: string }[];
  };
  for (const item of list.items) {
    const p = (await (await fetch(`${baseUrl}/api/products/${item.slug}`)).json()) as {
      variants: { id: number; stock: number; price: number }[];
    };
    const v = p.variants.find((x) => x.stock >= minStock);
    if (v) return v;
  }
  throw new Error('no variant in stock');
}

const contact = { name: 'Trần Thị Bình', phone: '0987654321', email: 'binh.tran@example.vn' };
const shippingAddress = { provinceCode: '01', wardCode: '00004', street: '25 Hoàng Diệu' };

describe.skipIf(!baseUrl)('cart, checkout and orders API', () => {
  it('creates a cart, adds, caps to stock, changes and removes lines; the cookie is httpOnly and Lax', async () => {
    const c = client();
    const empty = await c.call('GET', '/api/cart');
    expect(empty.res.status).toBe(200);
    expect((empty.json as Cart).cart.lines).toEqual([]);
    // Reading mints no cookie (it could race with, and replace, the one the first add-to-cart sets); the app
    // keeps the id from the body and sends it as X-Cart-Id.
    expect(empty.res.headers.get('set-cookie')).toBeNull();
    const v = await inStockVariant();

    const added = await c.call('POST', '/api/cart/items', { variantId: v.id, quantity: 2 });
    expect(added.res.status).toBe(200);
    const cookie = added.res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/atl_cart=[0-9a-f-]{36}/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const cart = added.json as Cart;
    expect(cart.cart.lines).toEqual([expect.objectContaining({ variantId: v.id, quantity: 2, unitPrice: v.price })]);
    expect(cart.cart.subtotal).toBe(v.price * 2);

    const capped = await c.call('PATCH', `/api/cart/items/${v.id}`, { quantity: 99 });
    // The stock the database holds now (the catalog API is cached and may be a moment behind).
    const stockNow = (capped.json as { cart: { lines: { stock: number }[] } }).cart.lines[0]?.stock ?? 0;
    expect(stockNow).toBeLessThan(99);
    expect((capped.json as Cart).cart.lines[0]?.quantity).toBe(stockNow);
    expect((capped.json as Cart).notice).toMatch(/Chỉ còn/);

    const removed = await c.call('DELETE', `/api/cart/items/${v.id}`);
    expect((removed.json as Cart).cart.lines).toEqual([]);
  });

  it('answers bad cart input with 400/404 and never a 500', async () => {
    const c = client();
    expect((await c.call('POST', '/api/cart/items', { variantId: 'abc' })).res.status).toBe(400);
    expect((await c.call('POST', '/api/cart/items', { variantId: 1, quantity: 0 })).res.status).toBe(400);
    expect((await c.call('POST', '/api/cart/items', '{not json')).res.status).toBe(400);
    expect((await c.call('POST', '/api/cart/items', { variantId: 99999999 })).res.status).toBe(404);
    expect((await c.call('PATCH', '/api/cart/items/abc', { quantity: 1 })).res.status).toBe(400);
    const garbage = await client().call('GET', '/api/cart', undefined, { 'x-cart-id': 'not-a-uuid' });
    expect(garbage.res.status).toBe(200);
    expect(garbage.json.cartId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('rate-limits cart writes per address with 429 and Retry-After', async () => {
    const c = client();
    let last: Response | undefined;
    for (let i = 0; i < 61; i++) last = (await c.call('POST', '/api/cart/items', { variantId: 99999999 })).res;
    expect(last?.status).toBe(429);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another address is not affected.
    expect((await client().call('GET', '/api/cart')).res.status).toBe(200);
  });

  it('places a COD order once per Idempotency-Key, shows it by token, and sends one e-mail', async () => {
    const c = client();
    const v = await inStockVariant();
    await c.call('POST', '/api/cart/items', { variantId: v.id, quantity: 1 });
    const body = { contact, shippingAddress, paymentMethod: 'cod', note: 'Gọi trước khi giao' };

    expect((await c.call('POST', '/api/checkout', body)).res.status).toBe(400); // no key
    const bad = await c.call(
      'POST',
      '/api/checkout',
      { ...body, contact: { ...contact, phone: '123' } },
      { 'idempotency-key': 'bad-phone-key-1' },
    );
    expect(bad.res.status).toBe(400);
    expect((bad.json.error as { fields: Record<string, string> }).fields['contact.phone']).toMatch(/Số điện thoại/);

    const key = `key-${Date.now()}-${c.ip}`;
    const first = await c.call('POST', '/api/checkout', body, { 'idempotency-key': key });
    expect(first.res.status).toBe(201);
    const order = first.json.order as {
      number: string;
      status: string;
      total: number;
      accessToken: string;
      items: unknown[];
    };
    expect(order.number).toMatch(/^ATL-\d{6}$/);
    expect(order.status).toBe('placed');
    expect(first.json.payment).toEqual({ method: 'cod' });
    expect((await c.call('GET', '/api/cart')).json.cart).toMatchObject({ lines: [] }); // cleared after commit

    const again = await c.call('POST', '/api/checkout', body, { 'idempotency-key': key });
    expect(again.res.status).toBe(201);
    expect(again.res.headers.get('idempotent-replayed')).toBe('true');
    expect((again.json.order as { number: string }).number).toBe(order.number);

    const view = await c.call('GET', `/api/orders/${order.number}?token=${order.accessToken}`);
    expect(view.res.status).toBe(200);
    expect(view.json).toMatchObject({
      number: order.number,
      status: 'placed',
      total: order.total,
      timeline: [expect.objectContaining({ status: 'placed' })],
    });
    expect((await c.call('GET', `/api/orders/${order.number}?token=${'x'.repeat(43)}`)).res.status).toBe(404);

    if (mailboxUrl) {
      let mails: { to: string[]; raw: string }[] = [];
      for (let i = 0; i < 40; i++) {
        mails = ((await (await fetch(mailboxUrl)).json()) as typeof mails).filter((m) => m.raw.includes(order.number));
        if (mails.length > 0) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      await new Promise((r) => setTimeout(r, 1000));
      mails = ((await (await fetch(mailboxUrl)).json()) as typeof mails).filter((m) => m.raw.includes(order.number));
      expect(mails).toHaveLength(1);
      expect(mails[0]?.to).toEqual(['binh.tran@example.vn']);
    }
  });

  it('refuses an empty cart, an unknown ward and an unsupported payment method with 400', async () => {
    const c = client();
    const body = { contact, shippingAddress, paymentMethod: 'cod' };
    const empty = await c.call('POST', '/api/checkout', body, { 'idempotency-key': `empty-${Date.now()}` });
    expect(empty.res.status).toBe(400);
    expect((empty.json.error as { code: string }).code).toBe('empty_cart');
    const ward = await c.call(
      'POST',
      '/api/checkout',
      { ...body, shippingAddress: { ...shippingAddress, provinceCode: '79' } },
      { 'idempotency-key': `ward-${Date.now()}` },
    );
    expect(ward.res.status).toBe(400);
    expect((ward.json.error as { fields: Record<string, string> }).fields['shippingAddress.wardCode']).toBeTruthy();
  });

  it('answers 409 naming the item when the cart asks for more than is left', async () => {
    const c = client();
    const v = await inStockVariant(2);
    const added = await c.call('POST', '/api/cart/items', { variantId: v.id, quantity: 2 });
    // Stock as the database has it now (the catalog API may be a little behind).
    const stock = (added.json as { cart: { lines: { stock: number }[] } }).cart.lines[0]?.stock ?? 0;
    expect(stock).toBeGreaterThanOrEqual(2);
    // Someone else buys all but one in the meantime.
    const other = client();
    await other.call('POST', '/api/cart/items', { variantId: v.id, quantity: stock - 1 });
    const bought = await other.call(
      'POST',
      '/api/checkout',
      { contact, shippingAddress, paymentMethod: 'cod' },
      { 'idempotency-key': `other-${Date.now()}` },
    );
    expect(bought.res.status).toBe(201);
    const res = await c.call(
      'POST',
      '/api/checkout',
      { contact, shippingAddress, paymentMethod: 'cod' },
      { 'idempotency-key': `mine-${Date.now()}` },
    );
    expect(res.res.status).toBe(409);
    const error = res.json.error as {
      code: string;
      message: string;
      items: { variantId: number; available: number }[];
    };
    expect(error.code).toBe('out_of_stock');
    expect(error.items).toEqual([expect.objectContaining({ variantId: v.id, available: 1 })]);
  });
});
