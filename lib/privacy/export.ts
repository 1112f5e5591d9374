import 'server-only';
import { asc, desc, eq, or } from 'drizzle-orm';
import { addresses, consents, dataRequests, marketingSubscriptions, orders, users } from '@/db/schema';
import { ownedOrdersWhere } from '@/lib/account/orders';
import type { Db } from '@/lib/db/types';
import type { OrderView } from '@/lib/orders/dto';
import { getOrderView } from '@/lib/orders/queries';

// "Download my data" (Decree 13/2023/NĐ-CP, right of access): everything the shop holds about a customer,
// as JSON. An account gets its profile, saved addresses, orders (the same ones its history shows), reviews,
// consents, marketing choices and earlier requests; a guest, through the order's secret link, that order and
// the consents given with it. Each download is recorded as a completed request, so staff can see it.

export const EXPORT_FORMAT_VERSION = 1;

type ConsentExport = {
  kind: string;
  policyVersion: number | null;
  granted: boolean;
  source: string;
  ip: string | null;
  at: string;
};

export type AccountExport = {
  format: 'audio-tai-loc.personal-data';
  version: number;
  exportedAt: string;
  account: {
    id: number;
    email: string;
    name: string;
    phone: string | null;
    role: string;
    emailVerifiedAt: string | null;
    createdAt: string;
    lastSignInAt: string | null;
  };
  addresses: {
    name: string;
    phone: string;
    provinceCode: string;
    wardCode: string;
    street: string;
    isDefault: boolean;
  }[];
  orders: Omit<OrderView, 'latestPayment'>[];
  /** The shop has no product reviews yet: always empty, kept so the format does not change when it does. */
  reviews: never[];
  consents: ConsentExport[];
  marketing: { channel: string; address: string; subscribed: boolean; updatedAt: string }[];
  dataRequests: {
    kind: string;
    status: string;
    createdAt: string;
    scheduledFor: string | null;
    completedAt: string | null;
  }[];
};

export type OrderExport = {
  format: 'audio-tai-loc.personal-data';
  version: number;
  exportedAt: string;
  orders: Omit<OrderView, 'latestPayment'>[];
  consents: ConsentExport[];
};

const iso = (d: Date | null) => d?.toISOString() ?? null;
const consentView = (c: typeof consents.$inferSelect): ConsentExport => ({
  kind: c.kind,
  policyVersion: c.policyVersion,
  granted: c.granted,
  source: c.source,
  ip: c.ip,
  at: c.createdAt.toISOString(),
});

async function orderViews(db: Db, numbers: string[]): Promise<Omit<OrderView, 'latestPayment'>[]> {
  const views = await Promise.all(numbers.map((n) => getOrderView(db, n)));
  return views.filter((v): v is OrderView => v !== null).map(({ latestPayment: _payment, ...rest }) => rest);
}

export async function exportAccountData(db: Db, userId: number, ip: string | null): Promise<AccountExport | null> {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user) return null;
  const viewer = { id: user.id, email: user.email, emailVerified: user.emailVerifiedAt !== null };
  const [saved, orderRows, consentRows, marketing, requests] = await Promise.all([
    db.select().from(addresses).where(eq(addresses.userId, userId)).orderBy(asc(addresses.id)),
    db.select({ number: orders.number }).from(orders).where(ownedOrdersWhere(viewer)).orderBy(desc(orders.createdAt)),
    db.select().from(consents).where(eq(consents.userId, userId)).orderBy(asc(consents.id)),
    db
      .select()
      .from(marketingSubscriptions)
      .where(
        or(
          eq(marketingSubscriptions.userId, userId),
          eq(marketingSubscriptions.address, user.email),
          ...(user.phone ? [eq(marketingSubscriptions.address, user.phone)] : []),
        ),
      ),
    db.select().from(dataRequests).where(eq(dataRequests.userId, userId)).orderBy(asc(dataRequests.id)),
  ]);
  const data: AccountExport = {
    format: 'audio-tai-loc.personal-data',
    version: EXPORT_FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    account: {
      id: user.id,
      email: user.email,
      name: user.name,
      phone: user.phone,
      role: user.role,
      emailVerifiedAt: iso(user.emailVerifiedAt),
      createdAt: user.createdAt.toISOString(),
      lastSignInAt: iso(user.lastSignInAt),
    },
    addresses: saved.map((a) => ({
      name: a.name,
      phone: a.phone,
      provinceCode: a.provinceCode,
      wardCode: a.wardCode,
      street: a.street,
      isDefault: a.isDefault,
    })),
    orders: await orderViews(
      db,
      orderRows.map((o) => o.number),
    ),
    reviews: [],
    consents: consentRows.map(consentView),
    marketing: marketing.map((m) => ({
      channel: m.channel,
      address: m.address,
      subscribed: m.subscribed,
      updatedAt: m.updatedAt.toISOString(),
    })),
    dataRequests: requests.map((r) => ({
      kind: r.kind,
      status: r.status,
      createdAt: r.createdAt.toISOString(),
      scheduledFor: iso(r.scheduledFor),
      completedAt: iso(r.completedAt),
    })),
  };
  await db.insert(dataRequests).values({
    kind: 'export',
    status: 'completed',
    userId,
    email: user.email,
    ip,
    completedAt: new Date(),
  });
  return data;
}

export async function exportOrderData(db: Db, orderNumber: string, ip: string | null): Promise<OrderExport | null> {
  const [order] = await db
    .select({ id: orders.id, email: orders.contactEmail })
    .from(orders)
    .where(eq(orders.number, orderNumber))
    .limit(1);
  if (!order) return null;
  const [views, consentRows] = await Promise.all([
    orderViews(db, [orderNumber]),
    db.select().from(consents).where(eq(consents.orderId, order.id)).orderBy(asc(consents.id)),
  ]);
  await db.insert(dataRequests).values({
    kind: 'export',
    status: 'completed',
    orderId: order.id,
    email: order.email,
    ip,
    completedAt: new Date(),
  });
  return {
    format: 'audio-tai-loc.personal-data',
    version: EXPORT_FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    orders: views,
    consents: consentRows.map(consentView),
  };
}
