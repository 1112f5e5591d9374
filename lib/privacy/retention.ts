import 'server-only';
import { and, eq, inArray, isNotNull, lt, or, sql } from 'drizzle-orm';
import { auditLog, authTokens, dataRequests, outbox, webhookEvents } from '@/db/schema';
import type { Db } from '@/lib/db/types';

// How long the shop keeps data that is not an order, and the purge that enforces it. Orders, their items,
// payments, refunds and the stock ledger are accounting records and are kept (10 years, Law on Accounting
// 88/2015/QH13), with personal fields masked on erasure. Redis data is bounded by its TTLs: a cart expires
// 30 days after it was last used, a rate-limit counter at the end of its window. Application logs go to stdout
// and are kept by the platform's log collector (30 days, set there). The periods are documented in docs/privacy.md.

const DAY_MS = 24 * 60 * 60 * 1000;

export const RETENTION_DAYS = {
  /** Gateway notifications: the raw payload (names, card hints) is emptied; the event key stays for deduplication. */
  webhookPayloads: 90,
  /** Sent or dead e-mail rows (recipient addresses, order numbers). */
  outboxRows: 30,
  /** Used or expired one-time tokens (password reset, e-mail verification). */
  authTokens: 7,
  /** Unconfirmed erasure requests: cancelled once their link has expired. */
  unconfirmedRequests: 7,
  /** The admin audit log (before/after values of staff edits). */
  auditLog: 730,
} as const;

export type PurgeResult = {
  webhookPayloadsCleared: number;
  outboxRowsDeleted: number;
  authTokensDeleted: number;
  requestsExpired: number;
  auditRowsDeleted: number;
};

const before = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

export async function purgeExpiredData(db: Db, now = new Date()): Promise<PurgeResult> {
  const cleared = await db
    .update(webhookEvents)
    .set({ payload: sql`'{}'::jsonb` })
    .where(
      and(
        lt(webhookEvents.receivedAt, before(now, RETENTION_DAYS.webhookPayloads)),
        sql`${webhookEvents.payload} <> '{}'::jsonb`,
      ),
    )
    .returning({ id: webhookEvents.id });
  const outboxDeleted = await db
    .delete(outbox)
    .where(and(inArray(outbox.status, ['sent', 'dead']), lt(outbox.createdAt, before(now, RETENTION_DAYS.outboxRows))))
    .returning({ id: outbox.id });
  const tokensDeleted = await db
    .delete(authTokens)
    .where(
      or(
        lt(authTokens.expiresAt, before(now, RETENTION_DAYS.authTokens)),
        and(isNotNull(authTokens.usedAt), lt(authTokens.usedAt, before(now, RETENTION_DAYS.authTokens))),
      ),
    )
    .returning({ id: authTokens.id });
  const requestsExpired = await db
    .update(dataRequests)
    .set({ status: 'cancelled', cancelledAt: now, tokenHash: null, note: 'Hết hạn xác nhận' })
    .where(
      and(
        eq(dataRequests.status, 'awaiting_confirmation'),
        lt(dataRequests.createdAt, before(now, RETENTION_DAYS.unconfirmedRequests)),
      ),
    )
    .returning({ id: dataRequests.id });
  const auditDeleted = await db
    .delete(auditLog)
    .where(lt(auditLog.createdAt, before(now, RETENTION_DAYS.auditLog)))
    .returning({ id: auditLog.id });
  return {
    webhookPayloadsCleared: cleared.length,
    outboxRowsDeleted: outboxDeleted.length,
    authTokensDeleted: tokensDeleted.length,
    requestsExpired: requestsExpired.length,
    auditRowsDeleted: auditDeleted.length,
  };
}
