import 'server-only';
import { sql } from 'drizzle-orm';
import { type ConsentSource, consents, type MarketingChannel, marketingSubscriptions } from '@/db/schema';
import type { Db } from '@/lib/db/types';
import { PRIVACY_SLUG, TERMS_SLUG } from '@/lib/legal/links';
import { currentPolicyVersions } from '@/lib/legal/policies';
import { POLICY_CHANGED_MESSAGE, type PolicyConsent } from './consent-schema';

// Consent at checkout and sign-up: the shopper accepts the terms and the privacy policy in the versions
// the form showed them (carried in hidden fields), and may opt in to marketing by e-mail and by Zalo,
// separately. A form drawn before a policy changed is refused, so nobody accepts a text they did not see.

/** null when the versions shown are the ones in force; otherwise the message to show. */
export async function checkPolicyVersions(db: Db, consent: PolicyConsent): Promise<string | null> {
  const current = await currentPolicyVersions(db, [TERMS_SLUG, PRIVACY_SLUG]);
  return current[TERMS_SLUG] === consent.termsVersion && current[PRIVACY_SLUG] === consent.privacyVersion
    ? null
    : POLICY_CHANGED_MESSAGE;
}

export type ConsentContext = {
  userId?: number | null;
  orderId?: number | null;
  email: string;
  phone?: string | null;
  source: ConsentSource;
  ip: string | null;
};

/** The acceptance of terms and privacy, and any marketing opt-in given on the same form. */
export async function recordPolicyConsent(db: Db, ctx: ConsentContext, consent: PolicyConsent): Promise<void> {
  const base = { userId: ctx.userId ?? null, orderId: ctx.orderId ?? null, source: ctx.source, ip: ctx.ip };
  const email = ctx.email.toLowerCase();
  await db.insert(consents).values([
    { ...base, subject: email, kind: 'terms', policyVersion: consent.termsVersion, granted: true },
    { ...base, subject: email, kind: 'privacy', policyVersion: consent.privacyVersion, granted: true },
  ]);
  // An unticked box at checkout is not a withdrawal: only a ticked one changes anything.
  if (consent.marketingEmail) await setMarketing(db, { ...ctx, channel: 'email', address: email, subscribed: true });
  if (consent.marketingZalo && ctx.phone)
    await setMarketing(db, { ...ctx, channel: 'zalo', address: ctx.phone, subscribed: true });
}

/** Opt in or out of one marketing channel: the current state and a consent row for the history. */
export async function setMarketing(
  db: Db,
  input: ConsentContext & { channel: MarketingChannel; address: string; subscribed: boolean },
): Promise<void> {
  const address = input.channel === 'email' ? input.address.trim().toLowerCase() : input.address.trim();
  await db
    .insert(marketingSubscriptions)
    .values({ channel: input.channel, address, userId: input.userId ?? null, subscribed: input.subscribed })
    .onConflictDoUpdate({
      target: [marketingSubscriptions.channel, marketingSubscriptions.address],
      set: {
        subscribed: input.subscribed,
        updatedAt: new Date(),
        userId: sql`coalesce(excluded.user_id, ${marketingSubscriptions.userId})`,
      },
    });
  await db.insert(consents).values({
    userId: input.userId ?? null,
    orderId: input.orderId ?? null,
    subject: address,
    kind: input.channel === 'email' ? 'marketing_email' : 'marketing_zalo',
    policyVersion: null,
    granted: input.subscribed,
    source: input.source,
    ip: input.ip,
  });
}
