import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { peerAddressHeader } from '@/lib/http/proxy-trust';
import { RATE_LIMITS } from '@/lib/rate-limit/rate-limit';
import { placeTestOrder } from '../support/account-factories';
import { createProduct } from '../support/factories';
import { reachable, requireOrSkip, TEST_REDIS_URL } from '../support/services';
import { connectTestDatabase } from '../support/test-database';

// "Tra cứu đơn hàng" in-process against PostgreSQL and Redis: a right number and phone give the order's
// secret link; guesses are limited per phone and per order number whatever address they come from, so knowing a
// phone number does not let anyone walk that person's sequential order numbers; hostile input is a plain miss.

const databaseUrl = inject('databaseUrl');
const redisUp = requireOrSkip(await reachable(TEST_REDIS_URL), `Redis at ${TEST_REDIS_URL}`);

const caller = vi.hoisted(() => ({ ip: '203.0.113.1' }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ [peerAddressHeader()]: caller.ip }),
}));

const form = (number: string, phone: string) => {
  const data = new FormData();
  data.set('number', number);
  data.set('phone', phone);
  return data;
};

let addressSeq = 0;
const newAddress = () => {
  caller.ip = `198.51.100.${++addressSeq}`;
};

describe.skipIf(!databaseUrl || !redisUp)('order lookup', () => {
  let conn: ReturnType<typeof connectTestDatabase>;
  let lookup: typeof import('@/app/(shop)/tra-cuu-don-hang/actions').lookupOrderAction;
  let order: { number: string };

  beforeAll(async () => {
    Object.assign(process.env, {
      DATABASE_URL: databaseUrl ?? '',
      REDIS_URL: TEST_REDIS_URL,
      REDIS_KEY_PREFIX: `atl-test:lookup:${randomUUID().slice(0, 8)}:`,
      LOG_LEVEL: 'fatal',
    });
    conn = connectTestDatabase(databaseUrl ?? '');
    ({ lookupOrderAction: lookup } = await import('@/app/(shop)/tra-cuu-don-hang/actions'));
    const { variants } = await createProduct(conn.db, { variants: [{ price: 500_000, stock: 5 }] });
    order = await placeTestOrder(conn.db, {
      lines: [{ variantId: variants[0]?.id ?? 0, quantity: 1 }],
      email: 'tra-cuu@example.vn',
      customerId: null,
    });
  });
  afterAll(() => conn?.close());

  /** The redirect the action throws on a match, or the state it returns. */
  async function attempt(number: string, phone: string): Promise<string> {
    try {
      const state = await lookup({ status: 'idle' }, form(number, phone));
      return state.status === 'error' ? state.message : state.status;
    } catch (err) {
      const digest = (err as { digest?: string }).digest ?? '';
      if (digest.startsWith('NEXT_REDIRECT')) return digest.split(';')[2] ?? '';
      throw err;
    }
  }

  it('gives the secret link for the right number and phone, in any spelling of the phone', async () => {
    newAddress();
    expect(await attempt(order.number.toLowerCase(), '+84 912 345 678')).toMatch(
      new RegExp(`^/don-hang/${order.number}\\?token=`),
    );
  });

  it('answers hostile input with the same miss, never an error', async () => {
    newAddress();
    for (const [number, phone] of [
      [order.number, '0912\u0000345678'],
      [`${order.number}\u0000`, '0912345678'],
      ['ATL-99999999999999999999', '0912345678'],
      ['%E0%A4%A', '%00'],
    ] as const) {
      expect(await attempt(number, phone)).toBe('Không tìm thấy đơn hàng với mã và số điện thoại này.');
    }
  });

  it('limits guesses per phone, from however many addresses', async () => {
    const phone = '0987 000 111';
    for (let i = 0; i < RATE_LIMITS.orderLookupPhone.limit; i++) {
      newAddress();
      expect(await attempt(`ATL-${900_000 + i}`, phone)).toMatch(/Không tìm thấy/);
    }
    newAddress();
    expect(await attempt('ATL-999999', '+84987000111')).toMatch(/quá nhiều lần/);
  });

  it('limits guesses per order number, from however many addresses', async () => {
    const { variants } = await createProduct(conn.db, { variants: [{ price: 200_000, stock: 5 }] });
    const target = await placeTestOrder(conn.db, {
      lines: [{ variantId: variants[0]?.id ?? 0, quantity: 1 }],
      email: 'tra-cuu-2@example.vn',
      customerId: null,
    });
    for (let i = 0; i < RATE_LIMITS.orderLookupNumber.limit; i++) {
      newAddress();
      expect(await attempt(target.number, `0900 000 ${String(100 + i)}`)).toMatch(/Không tìm thấy/);
    }
    newAddress();
    // Even the right phone now waits: the number has been guessed at too often.
    expect(await attempt(target.number, '0912345678')).toMatch(/quá nhiều lần/);
  });
});
