import 'server-only';
import { and, count, eq } from 'drizzle-orm';
import { orders } from '@/db/schema';
import type { Db } from '@/lib/db/types';
import { checkRateLimit } from '@/lib/rate-limit/rate-limit';
import type { RedisCommands } from '@/lib/redis/types';
import { normalizePhone } from './schemas';

// Stock hoarding: an unpaid online order holds its stock for the whole payment window. Caps keep one shopper
// from emptying a hot SKU that way: units of one variant per order, and open unpaid online orders per phone,
// per e-mail (counted in the database) and per client address (counted in Redis over the payment window, as the
// address is not stored with the order). The numbers come from lib/env.ts (ORDER_MAX_UNITS_PER_VARIANT,
// MAX_OPEN_UNPAID_ORDERS_PER_CONTACT, MAX_OPEN_UNPAID_ORDERS_PER_IP).

export type HoardingCaps = {
  maxUnitsPerVariant: number;
  maxOpenUnpaidPerContact: number;
  maxOpenUnpaidPerIp: number;
  paymentWindowMinutes: number;
};

export type HoardingRefusal = { ok: false; code: 'order_limit'; message: string };

export function unitsOverCap(lines: { quantity: number }[], caps: HoardingCaps): HoardingRefusal | null {
  if (lines.every((l) => l.quantity <= caps.maxUnitsPerVariant)) return null;
  return {
    ok: false,
    code: 'order_limit',
    message: `Mỗi đơn hàng chỉ được mua tối đa ${caps.maxUnitsPerVariant} sản phẩm cho mỗi mẫu. Vui lòng giảm số lượng hoặc liên hệ cửa hàng để mua số lượng lớn.`,
  };
}

const TOO_MANY_UNPAID =
  'Bạn đang có đơn hàng chờ thanh toán. Vui lòng thanh toán hoặc chờ đơn cũ hết hạn trước khi đặt thêm đơn thanh toán trực tuyến (đơn thanh toán khi nhận hàng vẫn đặt được).';

/** Open unpaid online orders for this phone or e-mail: whichever has more. */
export async function countOpenUnpaid(db: Db, contact: { phone: string; email: string }): Promise<number> {
  const phone = normalizePhone(contact.phone);
  const email = contact.email.trim().toLowerCase();
  const [byPhone, byEmail] = await Promise.all([
    db
      .select({ n: count() })
      .from(orders)
      .where(and(eq(orders.status, 'pending_payment'), eq(orders.contactPhone, phone))),
    db
      .select({ n: count() })
      .from(orders)
      .where(and(eq(orders.status, 'pending_payment'), eq(orders.contactEmail, email))),
  ]);
  return Math.max(byPhone[0]?.n ?? 0, byEmail[0]?.n ?? 0);
}

/** Checked just before an online order is written (not for a replay of one already placed). */
export async function unpaidOverCap(
  db: Db,
  redis: RedisCommands,
  input: { contact: { phone: string; email: string }; clientIp: string },
  caps: HoardingCaps,
): Promise<HoardingRefusal | null> {
  if ((await countOpenUnpaid(db, input.contact)) >= caps.maxOpenUnpaidPerContact) {
    return { ok: false, code: 'order_limit', message: TOO_MANY_UNPAID };
  }
  const byIp = await checkRateLimit(
    redis,
    { name: 'unpaid-orders-ip', limit: caps.maxOpenUnpaidPerIp, windowMs: caps.paymentWindowMinutes * 60_000 },
    input.clientIp,
  );
  return byIp.ok ? null : { ok: false, code: 'order_limit', message: TOO_MANY_UNPAID };
}
