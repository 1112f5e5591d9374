import 'server-only';
import type { Db } from '@/lib/db/types';
import { setMarketing } from './consent';
import { readUnsubscribeLink } from './unsubscribe';

/** Unsubscribes the address a valid link names (recorded as a withdrawn consent); false for a bad link. */
export async function unsubscribe(
  db: Db,
  params: { c?: string | null; a?: string | null; t?: string | null },
  ip: string | null,
): Promise<{ channel: 'email' | 'zalo' } | null> {
  const link = readUnsubscribeLink(params);
  if (!link) return null;
  await setMarketing(db, {
    channel: link.channel,
    address: link.address,
    subscribed: false,
    email: link.address,
    source: 'unsubscribe',
    ip,
  });
  return { channel: link.channel };
}
