import { eq, sql } from 'drizzle-orm';
import { auditLog, orders, payments, type UserRole, users } from '@/db/schema';
import { placeOrder } from '@/lib/checkout/place-order';
import type { CheckoutRequest } from '@/lib/checkout/schemas';
import type { Db } from '@/lib/db/types';
import { transitionOrder } from '@/lib/orders/transition';
import { checkoutRequest, createProduct, testKey } from './factories';

// Rows the back-office tests need: a staff account to act as, and orders in a given state.

let seq = 0;

export async function createStaff(db: Db, role: UserRole = 'staff') {
  const email = `${role}-${Date.now().toString(36)}-${process.pid}-${seq++}@audiotailoc.test`;
  const [user] = await db
    .insert(users)
    .values({ email, name: `Nhân viên ${seq}`, role, passwordHash: null, emailVerifiedAt: sql`now()` })
    .returning();
  if (!user) throw new Error('user insert failed');
  return { id: user.id, email: user.email, name: user.name, role: user.role, emailVerified: true };
}

type OrderSpec = {
  method?: CheckoutRequest['paymentMethod'];
  price?: number;
  stock?: number;
  quantity?: number;
  contact?: Partial<CheckoutRequest['contact']>;
  street?: string;
};

/** A COD order (placed) or an online one (pending_payment), from a product of its own. */
export async function placeTestOrder(db: Db, spec: OrderSpec = {}) {
  const {
    product,
    variants: [variant],
  } = await createProduct(db, { variants: [{ price: spec.price ?? 500_000, stock: spec.stock ?? 5 }] });
  if (!variant) throw new Error('no variant');
  const request = checkoutRequest({
    paymentMethod: spec.method ?? 'cod',
    contact: { name: 'Nguyễn Văn An', phone: '0912 345 678', email: 'an.nguyen@example.vn', ...spec.contact },
    shippingAddress: { provinceCode: '01', wardCode: '00004', street: spec.street ?? 'Số 12 phố Điện Biên Phủ' },
  });
  const placed = await placeOrder(db, {
    lines: [{ variantId: variant.id, quantity: spec.quantity ?? 2 }],
    request,
    idempotencyKey: testKey(),
    shipping: { flatFee: 30_000, freeFrom: 1_000_000 },
    paymentWindowMinutes: 15,
  });
  if (!placed.ok) throw new Error(`not placed: ${placed.code}`);
  return { order: placed.order, product, variant };
}

/** An online order paid through VNPay, as the webhook would leave it: paid, with a succeeded attempt. */
export async function placePaidOrder(db: Db, spec: OrderSpec = {}) {
  const placed = await placeTestOrder(db, { ...spec, method: 'vnpay' });
  await db.transaction(async (tx) => {
    await tx.insert(payments).values({
      orderId: placed.order.id,
      gateway: 'vnpay',
      reference: `T${testKey()}`,
      gatewayReference: '14123456',
      amount: placed.order.total,
      status: 'succeeded',
      lastPayload: { vnp_ResponseCode: '00' },
      completedAt: sql`now()`,
    });
    const moved = await transitionOrder(tx, placed.order.id, 'paid', { actor: 'gateway:vnpay' });
    if (!moved.ok) throw new Error('not paid');
  });
  return placed;
}

export async function orderRow(db: Db, id: number) {
  const [row] = await db.select().from(orders).where(eq(orders.id, id));
  if (!row) throw new Error('no order');
  return row;
}

export async function auditCount(db: Db, entityType: string, entityId: string | number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(sql`${auditLog.entityType} = ${entityType} and ${auditLog.entityId} = ${String(entityId)}`);
  return row?.n ?? 0;
}
