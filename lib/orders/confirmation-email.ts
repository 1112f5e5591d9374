import 'server-only';
import { outbox } from '@/db/schema';
import type { Db } from '@/lib/db/types';

// The order confirmation e-mail is queued through the outbox in the transaction that confirms the order:
// at placement for cash on delivery, when the payment arrives for online methods. The dedupe key makes
// it go out once per order, whichever path queues it and however often.

/** The dedupe key is this followed by the order id (lib/checkout/write-order.ts builds it in SQL). */
export const CONFIRMATION_DEDUPE_PREFIX = 'order-confirmation:';

export function confirmationDedupeKey(orderId: number): string {
  return `${CONFIRMATION_DEDUPE_PREFIX}${orderId}`;
}

/** Returns whether a row was queued now (false: it already was). Call inside the transaction. */
export async function queueOrderConfirmation(tx: Db, order: { id: number; number: string }): Promise<boolean> {
  const rows = await tx
    .insert(outbox)
    .values({
      kind: 'order_confirmation_email',
      dedupeKey: confirmationDedupeKey(order.id),
      payload: { orderNumber: order.number },
    })
    .onConflictDoNothing({ target: outbox.dedupeKey })
    .returning({ id: outbox.id });
  return rows.length > 0;
}
