import { sql } from 'drizzle-orm';
import { type UserRole, users } from '@/db/schema';
import { placeOrder } from '@/lib/checkout/place-order';
import type { Db } from '@/lib/db/types';
import { hashPassword } from '@/lib/auth/password';
import { checkoutRequest, testKey } from './factories';

// Accounts and their orders for one test: every call makes a new e-mail, so no test depends on another's rows.

let seq = 0;
const unique = () => `${Date.now().toString(36)}${process.pid}${(seq++).toString(36)}`;

/** The cheapest argon2id the library accepts: tests check behaviour, not hashing cost. */
export const TEST_HASH_COST = { memoryCost: 8192, timeCost: 1 };

export async function createTestUser(
  db: Db,
  spec: {
    role?: UserRole;
    verified?: boolean;
    name?: string;
    phone?: string | null;
    email?: string;
    password?: string | null;
  } = {},
) {
  const email = spec.email ?? `user-${unique()}@example.vn`;
  const passwordHash =
    spec.password === null ? null : await hashPassword(spec.password ?? 'mat-khau-thu-nghiem', TEST_HASH_COST);
  const [row] = await db
    .insert(users)
    .values({
      email,
      name: spec.name ?? 'Khách Thử Nghiệm',
      phone: spec.phone ?? null,
      role: spec.role ?? 'customer',
      passwordHash,
      emailVerifiedAt: spec.verified ? sql`now()` : null,
    })
    .returning();
  if (!row) throw new Error('user insert failed');
  return row;
}

export const sessionUserOf = (u: {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  emailVerifiedAt: Date | null;
}) => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  emailVerified: u.emailVerifiedAt !== null,
});

/** A placed COD order of `lines`, by `customerId` (null: a guest) with `email` as its contact. */
export async function placeTestOrder(
  db: Db,
  spec: { lines: { variantId: number; quantity: number }[]; email: string; customerId: number | null },
) {
  const result = await placeOrder(db, {
    lines: spec.lines,
    request: checkoutRequest({ contact: { name: 'Nguyễn Văn An', phone: '0912 345 678', email: spec.email } }),
    idempotencyKey: testKey(),
    shipping: { flatFee: 30_000, freeFrom: 1_000_000 },
    paymentWindowMinutes: 15,
    customerId: spec.customerId,
  });
  if (!result.ok) throw new Error(`placeOrder failed: ${result.code}`);
  return result.order;
}
