'use server';

import { adminAction } from '@/lib/admin/action';
import { afterMutation } from '@/lib/admin/after-mutation';
import { getDb } from '@/lib/db/client';
import { orderActionSchema } from '@/lib/orders/admin-action-schema';
import { performOrderAction } from '@/lib/orders/admin-actions';

// Every staff action on an order (confirm, ship, deliver, COD collected, complete, cancel, refund): one form
// field `action` picks it; lib/orders/admin-actions.ts does the work in one transaction.
export const orderAction = adminAction({ schema: orderActionSchema }, async (input, actor) => {
  const result = await performOrderAction(await getDb(), input, actor);
  if (!result.ok) {
    // A stale form: show the order as it is now, beside the message.
    if (result.code === 'conflict') afterMutation.refreshPage();
    return result;
  }
  if (result.emailQueued) afterMutation.emailQueued();
  if (result.released) await afterMutation.stockChanged(result.released.productSlugs, result.released.inStockChanged);
  afterMutation.refreshPage();
  return { ok: true, message: result.message };
});
