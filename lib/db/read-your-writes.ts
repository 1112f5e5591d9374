import 'server-only';
import { cookies } from 'next/headers';
import { getEnv } from '@/lib/env';
import { getDb, getReadDb } from './client';
import type { Db } from './types';

// Read-your-writes for shoppers. A replica may be up to DATABASE_REPLICA_MAX_LAG_SECONDS behind, so right
// after a shopper writes (places an order, edits the account) their own pages could read the replica and
// miss it. The write sets a short-lived cookie; while it lasts, that shopper's pages read the primary.
// Everyone else keeps reading replicas. Admin pages always read the primary (getDb).

export const PRIMARY_PIN_COOKIE = 'atl_rw';

/**
 * How long reads stay on the primary after a write: the worst lag a replica may have while it is in use,
 * once more for the second between two replica checks, and a margin.
 */
export function primaryPinSeconds(maxLagSeconds: number): number {
  return Math.ceil(maxLagSeconds * 2 + 3);
}

/** After a shopper's write, from a server action or route handler: their next pages read the primary. */
export async function pinReadsToPrimary(): Promise<void> {
  const env = getEnv();
  if (env.DATABASE_REPLICA_URLS.length === 0) return;
  (await cookies()).set(PRIMARY_PIN_COOKIE, '1', {
    maxAge: primaryPinSeconds(env.DATABASE_REPLICA_MAX_LAG_SECONDS),
    httpOnly: true,
    sameSite: 'lax',
    secure: env.SITE_URL.startsWith('https://'),
    path: '/',
  });
}

/** A shopper's own pages (account, orders): the primary just after they wrote, a replica otherwise. */
export async function getShopperReadDb(): Promise<Db> {
  if (getEnv().DATABASE_REPLICA_URLS.length === 0) return getDb();
  return (await cookies()).has(PRIMARY_PIN_COOKIE) ? getDb() : getReadDb();
}
