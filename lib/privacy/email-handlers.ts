import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { dataRequests } from '@/db/schema';
import type { SendMail } from '@/lib/email/mailer';
import { getEnv } from '@/lib/env';
import type { OutboxHandlers } from '@/lib/outbox/worker';
import { marketingFooter, renderErasureConfirmation } from './emails';
import { DATA_ERASURE_EMAIL_KIND, erasureTokenFromNonce } from './erasure';
import { isSubscribed, MARKETING_EMAIL_KIND } from './marketing';
import { unsubscribeOneClickUrl, unsubscribePageUrl } from './unsubscribe';

// Outbox handlers of the personal-data features: the erasure confirmation link, and marketing e-mail (sent
// only if the address is still subscribed at send time, always with the one-click unsubscribe).

const erasurePayload = z.object({ requestId: z.number().int(), nonce: z.string().min(16) });
const marketingPayload = z.object({
  to: z.string(),
  campaign: z.string(),
  subject: z.string(),
  html: z.string(),
  text: z.string(),
});

export function privacyEmailHandlers(sendMail: SendMail): OutboxHandlers {
  return {
    [DATA_ERASURE_EMAIL_KIND]: async (payload, _row, tx) => {
      const { requestId, nonce } = erasurePayload.parse(payload);
      const [request] = await tx.select().from(dataRequests).where(eq(dataRequests.id, requestId)).limit(1);
      if (request?.status !== 'awaiting_confirmation') return; // confirmed, cancelled or renewed meanwhile
      const env = getEnv();
      const url = `${env.SITE_URL}/xac-nhan-xoa-du-lieu?token=${erasureTokenFromNonce(nonce)}`;
      await sendMail({
        ...renderErasureConfirmation(url, env.DATA_ERASURE_GRACE_DAYS),
        to: request.email,
        messageId: `<data-erasure-${nonce}@audiotailoc.vn>`,
      });
    },
    [MARKETING_EMAIL_KIND]: async (payload, row, tx) => {
      const mail = marketingPayload.parse(payload);
      if (!(await isSubscribed(tx, 'email', mail.to))) return; // unsubscribed after it was queued
      const footer = marketingFooter(unsubscribePageUrl('email', mail.to));
      await sendMail({
        subject: mail.subject,
        html: mail.html.includes('</body>')
          ? mail.html.replace('</body>', `${footer.html}</body>`)
          : `${mail.html}${footer.html}`,
        text: `${mail.text}${footer.text}`,
        to: mail.to,
        messageId: `<marketing-${row.id}@audiotailoc.vn>`,
        headers: {
          'List-Unsubscribe': `<${unsubscribeOneClickUrl('email', mail.to)}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
      });
    },
  };
}
