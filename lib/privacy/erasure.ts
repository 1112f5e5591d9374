import 'server-only';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { and, eq, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import {
  addresses,
  authTokens,
  consents,
  dataRequests,
  marketingSubscriptions,
  type OrderStatus,
  orders,
  outbox,
  users,
} from '@/db/schema';
import type { ActionResult } from '@/lib/admin/action';
import { type AuditActor, recordAudit } from '@/lib/audit/audit';
import type { Db } from '@/lib/db/types';
import { getEnv } from '@/lib/env';
import { ERASED_STREET, erasedAccountEmail, maskEmail, maskName, maskPhone } from './mask';

// "Delete my account" (Decree 13/2023/NĐ-CP, right to erasure): a request, confirmed from a link e-mailed to
// the owner, carried out after a grace period during which the customer (or staff, with a reason) can cancel
// it. Erasure anonymises rather than deletes: the account row stays (consents and requests point to it) with
// nothing personal left, saved addresses and tokens go, and orders stay for the accounting period with their
// names, phones, e-mails and streets masked. Amounts, items, payments, refunds and the stock ledger are not
// touched. A guest asks about one order, through the order's secret link.

export const DATA_ERASURE_EMAIL_KIND = 'data_erasure_confirmation_email';
/** A confirmation link works for this long. */
export const CONFIRMATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** Orders in these states are still being fulfilled: erasing their contact details would strand the parcel. */
export const ORDER_STATUSES_IN_PROGRESS: readonly OrderStatus[] = [
  'pending_payment',
  'placed',
  'paid',
  'processing',
  'shipped',
];

const OPEN_STATUSES = ['awaiting_confirmation', 'scheduled'] as const;
const sha256 = (v: string) => createHash('sha256').update(v).digest('hex');

export function erasureTokenFromNonce(nonce: string, secret = getEnv().AUTH_SECRET): string {
  return createHmac('sha256', secret).update(`data-erasure:${nonce}`).digest('base64url');
}

export type ErasureSubject = { userId: number } | { orderId: number };

export type ErasureRequestResult =
  | { ok: true; requestId: number; status: 'awaiting_confirmation' | 'scheduled'; scheduledFor: string | null }
  | { ok: false; code: 'in_progress' | 'not_found'; message: string };

const IN_PROGRESS_MESSAGE =
  'Bạn còn đơn hàng đang được xử lý hoặc giao. Vui lòng gửi yêu cầu sau khi đơn hàng hoàn tất để chúng tôi vẫn giao được hàng cho bạn.';

async function subjectEmailAndOrders(
  db: Db,
  subject: ErasureSubject,
): Promise<{ email: string; orderStatuses: OrderStatus[] } | null> {
  if ('userId' in subject) {
    const [user] = await db.select().from(users).where(eq(users.id, subject.userId)).limit(1);
    if (!user || user.email === erasedAccountEmail(user.id)) return null;
    const rows = await db
      .select({ status: orders.status })
      .from(orders)
      .where(or(eq(orders.customerId, user.id), eq(orders.contactEmail, user.email)));
    return { email: user.email, orderStatuses: rows.map((r) => r.status) };
  }
  const [order] = await db
    .select({ email: orders.contactEmail, status: orders.status })
    .from(orders)
    .where(eq(orders.id, subject.orderId))
    .limit(1);
  return order ? { email: order.email, orderStatuses: [order.status] } : null;
}

const subjectWhere = (subject: ErasureSubject) =>
  'userId' in subject ? eq(dataRequests.userId, subject.userId) : eq(dataRequests.orderId, subject.orderId);

/**
 * Opens an erasure request and queues the confirmation e-mail, in one transaction. Asking again while one is
 * open sends a fresh link for it (the old one stops working) rather than opening a second.
 */
export async function requestErasure(
  db: Db,
  subject: ErasureSubject,
  ip: string | null,
): Promise<ErasureRequestResult> {
  return db.transaction(async (tx) => {
    const found = await subjectEmailAndOrders(tx, subject);
    if (!found) return { ok: false, code: 'not_found', message: 'Không tìm thấy dữ liệu để xóa.' } as const;
    if (found.orderStatuses.some((s) => ORDER_STATUSES_IN_PROGRESS.includes(s))) {
      return { ok: false, code: 'in_progress', message: IN_PROGRESS_MESSAGE } as const;
    }
    const [open] = await tx
      .select()
      .from(dataRequests)
      .where(
        and(subjectWhere(subject), eq(dataRequests.kind, 'erasure'), inArray(dataRequests.status, [...OPEN_STATUSES])),
      )
      .limit(1)
      .for('update');
    if (open?.status === 'scheduled') {
      return {
        ok: true,
        requestId: open.id,
        status: 'scheduled',
        scheduledFor: open.scheduledFor?.toISOString() ?? null,
      } as const;
    }
    const nonce = randomBytes(24).toString('base64url');
    const tokenHash = sha256(erasureTokenFromNonce(nonce));
    let requestId: number;
    if (open) {
      await tx.update(dataRequests).set({ tokenHash, ip, createdAt: new Date() }).where(eq(dataRequests.id, open.id));
      requestId = open.id;
    } else {
      const [row] = await tx
        .insert(dataRequests)
        .values({
          kind: 'erasure',
          status: 'awaiting_confirmation',
          ...('userId' in subject ? { userId: subject.userId } : { orderId: subject.orderId }),
          email: found.email,
          tokenHash,
          ip,
        })
        .returning({ id: dataRequests.id });
      if (!row) throw new Error('data request not inserted');
      requestId = row.id;
    }
    await tx.insert(outbox).values({
      kind: DATA_ERASURE_EMAIL_KIND,
      dedupeKey: `data-erasure:${nonce}`,
      payload: { requestId, nonce },
    });
    return { ok: true, requestId, status: 'awaiting_confirmation', scheduledFor: null } as const;
  });
}

export type ConfirmResult = { ok: true; scheduledFor: string } | { ok: false; message: string };

/** The link in the e-mail: schedules the erasure after the grace period. Works once, within 7 days. */
export async function confirmErasure(db: Db, token: string, now = new Date()): Promise<ConfirmResult> {
  const graceDays = getEnv().DATA_ERASURE_GRACE_DAYS;
  const scheduledFor = new Date(now.getTime() + graceDays * 24 * 60 * 60 * 1000);
  const [row] = await db
    .update(dataRequests)
    .set({ status: 'scheduled', confirmedAt: now, scheduledFor, tokenHash: null })
    .where(
      and(
        eq(dataRequests.tokenHash, sha256(token)),
        eq(dataRequests.status, 'awaiting_confirmation'),
        sql`${dataRequests.createdAt} > ${new Date(now.getTime() - CONFIRMATION_TTL_MS)}`,
      ),
    )
    .returning({ scheduledFor: dataRequests.scheduledFor });
  if (!row?.scheduledFor) {
    return { ok: false, message: 'Liên kết xác nhận không hợp lệ hoặc đã hết hạn. Vui lòng gửi lại yêu cầu.' };
  }
  return { ok: true, scheduledFor: row.scheduledFor.toISOString() };
}

/** The customer changed their mind (from the account or the order link) before the erasure ran. */
export async function cancelErasure(db: Db, subject: ErasureSubject): Promise<boolean> {
  const rows = await db
    .update(dataRequests)
    .set({ status: 'cancelled', cancelledAt: new Date(), tokenHash: null, note: 'Khách hàng hủy yêu cầu' })
    .where(
      and(subjectWhere(subject), eq(dataRequests.kind, 'erasure'), inArray(dataRequests.status, [...OPEN_STATUSES])),
    )
    .returning({ id: dataRequests.id });
  return rows.length > 0;
}

/** Staff stop a request (a dispute, a warranty claim under way), with the reason, audited. */
export async function staffCancelErasure(
  db: Db,
  actor: AuditActor,
  input: { requestId: number; reason: string },
): Promise<ActionResult> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(dataRequests).where(eq(dataRequests.id, input.requestId)).for('update');
    if (row?.kind !== 'erasure') return { ok: false, code: 'not_found', message: 'Không tìm thấy yêu cầu.' };
    if (!(OPEN_STATUSES as readonly string[]).includes(row.status)) {
      return { ok: false, code: 'conflict', message: 'Yêu cầu này đã được xử lý hoặc đã hủy.' };
    }
    const note = `Nhân viên hủy: ${input.reason}`;
    await tx
      .update(dataRequests)
      .set({ status: 'cancelled', cancelledAt: new Date(), tokenHash: null, note })
      .where(eq(dataRequests.id, row.id));
    await recordAudit(tx, actor, {
      action: 'data_request.cancel',
      entityType: 'data_request',
      entityId: row.id,
      before: { status: row.status },
      after: { status: 'cancelled', note },
    });
    return { ok: true, message: 'Đã hủy yêu cầu xóa dữ liệu.' };
  });
}

async function maskOrders(tx: Db, where: SQL | undefined): Promise<number[]> {
  const rows = await tx
    .select({ id: orders.id, name: orders.contactName, phone: orders.contactPhone, email: orders.contactEmail })
    .from(orders)
    .where(where)
    .for('update');
  for (const o of rows) {
    await tx
      .update(orders)
      .set({
        contactName: maskName(o.name),
        contactPhone: maskPhone(o.phone),
        contactEmail: maskEmail(o.email),
        street: ERASED_STREET,
        note: null,
        updatedAt: new Date(),
      })
      .where(eq(orders.id, o.id));
  }
  return rows.map((r) => r.id);
}

/** Erases an account's personal data (see the top of this file). Runs inside the caller's transaction. */
export async function anonymiseAccount(tx: Db, userId: number): Promise<void> {
  const [user] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
  if (!user) return;
  const identities = [user.email, ...(user.phone ? [user.phone] : [])];
  const orderIds = await maskOrders(tx, or(eq(orders.customerId, userId), eq(orders.contactEmail, user.email)));
  await tx.delete(addresses).where(eq(addresses.userId, userId));
  await tx.delete(authTokens).where(eq(authTokens.userId, userId));
  await tx
    .delete(marketingSubscriptions)
    .where(or(eq(marketingSubscriptions.userId, userId), inArray(marketingSubscriptions.address, identities)));
  // Consents stay as proof of what was accepted and when, but no longer name or locate the person.
  await tx
    .update(consents)
    .set({ subject: maskEmail(user.email), ip: null })
    .where(
      or(
        eq(consents.userId, userId),
        inArray(consents.subject, identities),
        ...(orderIds.length ? [inArray(consents.orderId, orderIds)] : []),
      ),
    );
  await tx
    .update(dataRequests)
    .set({ email: maskEmail(user.email), ip: null })
    .where(eq(dataRequests.userId, userId));
  await tx
    .update(users)
    .set({
      email: erasedAccountEmail(userId),
      name: '',
      phone: null,
      passwordHash: null,
      emailVerifiedAt: null,
      disabledAt: user.disabledAt ?? new Date(),
      updatedAt: new Date(),
    })
    .where(eq(users.id, userId));
}

/** A guest's erasure: the one order and what was recorded with it. */
export async function anonymiseGuestOrder(tx: Db, orderId: number): Promise<void> {
  const [order] = await tx
    .select({ email: orders.contactEmail, phone: orders.contactPhone })
    .from(orders)
    .where(eq(orders.id, orderId));
  if (!order) return;
  await maskOrders(tx, eq(orders.id, orderId));
  await tx
    .delete(marketingSubscriptions)
    .where(
      and(isNull(marketingSubscriptions.userId), inArray(marketingSubscriptions.address, [order.email, order.phone])),
    );
  await tx
    .update(consents)
    .set({ subject: maskEmail(order.email), ip: null })
    .where(eq(consents.orderId, orderId));
  await tx
    .update(dataRequests)
    .set({ email: maskEmail(order.email), ip: null })
    .where(eq(dataRequests.orderId, orderId));
}

/**
 * Carries out the erasures whose grace period is over. Each in its own transaction; a request whose
 * orders went back into progress meanwhile (a new order) waits for the next pass. Safe on several instances.
 */
export async function runDueErasures(
  db: Db,
  now = new Date(),
  limit = 20,
): Promise<{ done: number; postponed: number }> {
  let done = 0;
  let postponed = 0;
  for (let i = 0; i < limit; i++) {
    const outcome = await db.transaction(async (tx) => {
      const [due] = await tx
        .select()
        .from(dataRequests)
        .where(
          and(
            eq(dataRequests.kind, 'erasure'),
            eq(dataRequests.status, 'scheduled'),
            lte(dataRequests.scheduledFor, now),
          ),
        )
        .orderBy(dataRequests.scheduledFor)
        .limit(1)
        .for('update', { skipLocked: true });
      if (!due) return 'none' as const;
      const subject: ErasureSubject | null = due.userId
        ? { userId: due.userId }
        : due.orderId
          ? { orderId: due.orderId }
          : null;
      const found = subject ? await subjectEmailAndOrders(tx, subject) : null;
      if (found?.orderStatuses.some((s) => ORDER_STATUSES_IN_PROGRESS.includes(s))) {
        await tx
          .update(dataRequests)
          .set({ scheduledFor: new Date(now.getTime() + 24 * 60 * 60 * 1000) })
          .where(eq(dataRequests.id, due.id));
        return 'postponed' as const;
      }
      if (subject && 'userId' in subject) await anonymiseAccount(tx, subject.userId);
      else if (subject) await anonymiseGuestOrder(tx, subject.orderId);
      await tx
        .update(dataRequests)
        .set({ status: 'completed', completedAt: now, email: maskEmail(due.email), ip: null })
        .where(eq(dataRequests.id, due.id));
      return 'done' as const;
    });
    if (outcome === 'none') break;
    if (outcome === 'done') done++;
    else postponed++;
  }
  return { done, postponed };
}
