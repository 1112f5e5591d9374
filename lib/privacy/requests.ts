import 'server-only';
import { and, desc, eq, inArray, or, type SQL } from 'drizzle-orm';
import { type DataRequestStatus, dataRequests, marketingSubscriptions, orders, users } from '@/db/schema';
import type { Db } from '@/lib/db/types';
import type { ErasureSubject } from './erasure';

// Reads of personal-data requests: the open erasure shown to its customer, and the list staff work from.

export type OpenErasure = { id: number; status: 'awaiting_confirmation' | 'scheduled'; scheduledFor: string | null };

export async function getOpenErasure(db: Db, subject: ErasureSubject): Promise<OpenErasure | null> {
  const [row] = await db
    .select()
    .from(dataRequests)
    .where(
      and(
        'userId' in subject ? eq(dataRequests.userId, subject.userId) : eq(dataRequests.orderId, subject.orderId),
        eq(dataRequests.kind, 'erasure'),
        inArray(dataRequests.status, ['awaiting_confirmation', 'scheduled']),
      ),
    )
    .orderBy(desc(dataRequests.id))
    .limit(1);
  if (!row) return null;
  return {
    id: row.id,
    status: row.status as OpenErasure['status'],
    scheduledFor: row.scheduledFor?.toISOString() ?? null,
  };
}

export async function getMarketingChoices(
  db: Db,
  user: { email: string; phone: string | null },
): Promise<{ email: boolean; zalo: boolean }> {
  const rows = await db
    .select()
    .from(marketingSubscriptions)
    .where(
      or(
        and(eq(marketingSubscriptions.channel, 'email'), eq(marketingSubscriptions.address, user.email)),
        ...(user.phone
          ? [and(eq(marketingSubscriptions.channel, 'zalo'), eq(marketingSubscriptions.address, user.phone))]
          : []),
      ),
    );
  return {
    email: rows.some((r) => r.channel === 'email' && r.subscribed),
    zalo: rows.some((r) => r.channel === 'zalo' && r.subscribed),
  };
}

export type DataRequestRow = {
  id: number;
  kind: 'export' | 'erasure';
  status: DataRequestStatus;
  email: string;
  userId: number | null;
  orderNumber: string | null;
  ip: string | null;
  createdAt: string;
  confirmedAt: string | null;
  scheduledFor: string | null;
  completedAt: string | null;
  cancelledAt: string | null;
  note: string | null;
};

export async function listDataRequests(
  db: Db,
  filter: { status?: DataRequestStatus; kind?: 'export' | 'erasure'; limit?: number } = {},
): Promise<DataRequestRow[]> {
  const where: SQL[] = [];
  if (filter.status) where.push(eq(dataRequests.status, filter.status));
  if (filter.kind) where.push(eq(dataRequests.kind, filter.kind));
  const rows = await db
    .select({ r: dataRequests, orderNumber: orders.number, accountEmail: users.email })
    .from(dataRequests)
    .leftJoin(orders, eq(orders.id, dataRequests.orderId))
    .leftJoin(users, eq(users.id, dataRequests.userId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(dataRequests.createdAt), desc(dataRequests.id))
    .limit(filter.limit ?? 200);
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return rows.map(({ r, orderNumber }) => ({
    id: r.id,
    kind: r.kind,
    status: r.status,
    email: r.email,
    userId: r.userId,
    orderNumber,
    ip: r.ip,
    createdAt: r.createdAt.toISOString(),
    confirmedAt: iso(r.confirmedAt),
    scheduledFor: iso(r.scheduledFor),
    completedAt: iso(r.completedAt),
    cancelledAt: iso(r.cancelledAt),
    note: r.note,
  }));
}
