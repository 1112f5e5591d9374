import 'server-only';
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import { renderAccountExists, renderEmailVerification, renderPasswordReset } from '@/lib/email/account-emails';
import { renderOrderConfirmation } from '@/lib/email/order-confirmation';
import { tokenFromNonce } from '@/lib/auth/tokens';
import { envMailer, type SendMail } from '@/lib/email/mailer';
import type { Db } from '@/lib/db/types';
import { getEnv } from '@/lib/env';
import { orderAccessToken } from '@/lib/orders/access-token';
import { getOrderView } from '@/lib/orders/queries';
import { statusEmailHandlers } from '@/lib/orders/status-emails';
import { privacyEmailHandlers } from '@/lib/privacy/email-handlers';
import type { OutboxHandlers } from './worker';

// What each kind of outbox row does. Payloads are parsed (they are JSON from the database).

const orderPayload = z.object({ orderNumber: z.string() });
const tokenPayload = z.object({ userId: z.number().int(), nonce: z.string().min(16) });
const accountExistsPayload = z.object({ userId: z.number().int(), nonce: z.string().min(16) });

export function orderUrl(number: string): string {
  return `${getEnv().SITE_URL}/don-hang/${number}?token=${orderAccessToken(number)}`;
}

// Handlers read through the database they are given (no transaction is open while a message goes out);
// `_db` is kept so that callers need not change.
export function outboxHandlers(_db: Db, sendMail: SendMail = envMailer()): OutboxHandlers {
  const accountMail =
    (purpose: 'password_reset' | 'email_verification') =>
    async (payload: Record<string, unknown>, _row: unknown, db: Db) => {
      const { userId, nonce } = tokenPayload.parse(payload);
      const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
      if (!user) return; // the account was deleted meanwhile: nothing to send
      const token = tokenFromNonce(purpose, nonce);
      const site = getEnv().SITE_URL;
      const content =
        purpose === 'password_reset'
          ? renderPasswordReset(user.name, `${site}/dat-lai-mat-khau?token=${token}`)
          : renderEmailVerification(user.name, `${site}/xac-minh-email?token=${token}`);
      await sendMail({ ...content, to: user.email, messageId: `<${purpose}-${nonce}@audiotailoc.vn>` });
    };
  return {
    password_reset_email: accountMail('password_reset'),
    email_verification_email: accountMail('email_verification'),
    account_exists_email: async (payload, _row, db) => {
      const { userId, nonce } = accountExistsPayload.parse(payload);
      const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
      if (!user) return;
      const site = getEnv().SITE_URL;
      await sendMail({
        ...renderAccountExists(user.name, `${site}/dang-nhap`, `${site}/quen-mat-khau`),
        to: user.email,
        messageId: `<account-exists-${nonce}@audiotailoc.vn>`,
      });
    },
    order_confirmation_email: async (payload, _row, db) => {
      const { orderNumber } = orderPayload.parse(payload);
      const order = await getOrderView(db, orderNumber, { concurrent: true });
      if (!order) throw new Error(`order ${orderNumber} not found`);
      await sendMail({
        ...renderOrderConfirmation(order, orderUrl(order.number)),
        to: order.contact.email,
        messageId: `<order-${order.number}-confirmation@audiotailoc.vn>`,
      });
    },
    ...statusEmailHandlers(sendMail, orderUrl),
    ...privacyEmailHandlers(sendMail),
  };
}
