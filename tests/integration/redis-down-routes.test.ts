import { NextRequest } from 'next/server';
import { describe, expect, inject, it } from 'vitest';

// With Redis unreachable, cart and checkout routes answer 503 with a clear Vietnamese message and
// change nothing. The route handlers run in-process here, pointed at a closed Redis port.

const databaseUrl = inject('databaseUrl');

describe.skipIf(!databaseUrl)('cart routes when Redis is down', () => {
  it('answers 503 with a Vietnamese message from every cart and checkout route', async () => {
    process.env.REDIS_URL = 'redis://127.0.0.1:1';
    process.env.DATABASE_URL = databaseUrl ?? '';
    const cart = await import('@/app/api/cart/route');
    const items = await import('@/app/api/cart/items/route');
    const checkout = await import('@/app/api/checkout/route');

    const started = Date.now();
    const responses = await Promise.all([
      cart.GET(new NextRequest('http://localhost/api/cart'), {}),
      items.POST(
        new NextRequest('http://localhost/api/cart/items', {
          method: 'POST',
          body: JSON.stringify({ variantId: 1, quantity: 1 }),
          headers: { 'content-type': 'application/json' },
        }),
        {},
      ),
      checkout.POST(
        new NextRequest('http://localhost/api/checkout', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': 'redis-down-test-key' },
          body: JSON.stringify({
            contact: { name: 'Lê Văn Cường', phone: '0901234567', email: 'cuong@example.vn' },
            shippingAddress: { provinceCode: '01', wardCode: '00004', street: '1 Tràng Tiền' },
            paymentMethod: 'cod',
          }),
        }),
        {},
      ),
    ]);
    expect(Date.now() - started).toBeLessThan(5000);
    for (const res of responses) {
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBeTruthy();
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('cart_unavailable');
      expect(body.error.message).toMatch(/Giỏ hàng tạm thời không khả dụng/);
    }
  });
});
