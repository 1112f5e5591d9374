import 'server-only';
import { and, eq } from 'drizzle-orm';
import { type MarketingChannel, marketingSubscriptions, outbox } from '@/db/schema';
import type { Db } from '@/lib/db/types';
import { unsubscribePageUrl } from './unsubscribe';

// Marketing goes only to addresses that opted in, per channel. E-mail is queued through the outbox (one row per
// recipient, deduped per campaign); the worker checks the subscription again when it sends, adds the RFC 8058
// List-Unsubscribe headers and the unsubscribe line. Zalo messages are sent by the shop's Zalo OA tooling from
// the list below, each with its unsubscribe link.

export const MARKETING_EMAIL_KIND = 'marketing_email';

export type MarketingEmail = { campaign: string; subject: string; html: string; text: string };

export async function isSubscribed(db: Db, channel: MarketingChannel, address: string): Promise<boolean> {
  const [row] = await db
    .select({ subscribed: marketingSubscriptions.subscribed })
    .from(marketingSubscriptions)
    .where(and(eq(marketingSubscriptions.channel, channel), eq(marketingSubscriptions.address, address)))
    .limit(1);
  return row?.subscribed === true;
}

/** Queues a campaign to every subscribed e-mail address; returns how many were queued (a repeat queues none). */
export async function queueMarketingEmail(db: Db, mail: MarketingEmail): Promise<number> {
  const recipients = await db
    .select({ address: marketingSubscriptions.address })
    .from(marketingSubscriptions)
    .where(and(eq(marketingSubscriptions.channel, 'email'), eq(marketingSubscriptions.subscribed, true)));
  if (recipients.length === 0) return 0;
  const inserted = await db
    .insert(outbox)
    .values(
      recipients.map((r) => ({
        kind: MARKETING_EMAIL_KIND,
        dedupeKey: `marketing:${mail.campaign}:${r.address}`,
        payload: { to: r.address, ...mail },
      })),
    )
    .onConflictDoNothing()
    .returning({ id: outbox.id });
  return inserted.length;
}

/** Who may receive a Zalo marketing message, each with the unsubscribe link the message must carry. */
export async function listZaloRecipients(db: Db): Promise<{ phone: string; unsubscribeUrl: string }[]> {
  const rows = await db
    .select({ address: marketingSubscriptions.address })
    .from(marketingSubscriptions)
    .where(and(eq(marketingSubscriptions.channel, 'zalo'), eq(marketingSubscriptions.subscribed, true)));
  return rows.map((r) => ({ phone: r.address, unsubscribeUrl: unsubscribePageUrl('zalo', r.address) }));
}
