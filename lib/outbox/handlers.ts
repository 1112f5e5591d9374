import 'server-only';
import { z } from 'zod';
import { renderOrderConfirmation } from '@/lib/email/order-confirmation';
import { envMailer, type SendMail } from '@/lib/email/mailer';
import type { Db } from '@/lib/db/types';
import { getEnv } from '@/lib/env';
import { orderAccessToken } from '@/lib/orders/access-token';
import { getOrderView } from '@/lib/orders/queries';
import type { OutboxHandlers } from './worker';

// What each kind of outbox row does. Payloads are parsed (they are JSON from the database).

const orderPayload = z.object({ orderNumber: z.string() });

export function orderUrl(number: string): string {
  return `${getEnv().SITE_URL}/don-hang/${number}?token=${orderAccessToken(number)}`;
}

// Handlers read through the transaction that holds their row (see OutboxHandler); `_db` is kept so that
// callers need not change.
export function outboxHandlers(_db: Db, sendMail: SendMail = envMailer()): OutboxHandlers {
  return {
    order_confirmation_email: async (payload, _row, tx) => {
      const { orderNumber } = orderPayload.parse(payload);
      const order = await getOrderView(tx, orderNumber);
      if (!order) throw new Error(`order ${orderNumber} not found`);
      await sendMail({
        ...renderOrderConfirmation(order, orderUrl(order.number)),
        to: order.contact.email,
        messageId: `<order-${order.number}-confirmation@audiotailoc.vn>`,
      });
    },
  };
}
