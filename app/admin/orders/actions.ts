'use server';

import { refresh } from 'next/cache';
import { adminAction } from '@/lib/admin/action';
import { revalidateProductStock } from '@/lib/catalog/cached';
import { getDb } from '@/lib/db/client';
import { logger } from '@/lib/log/logger';
import { orderActionSchema } from '@/lib/orders/admin-action-schema';
import { performOrderAction } from '@/lib/orders/admin-actions';
import { kickOutbox } from '@/lib/outbox/scheduler';

// Every staff action on an order (confirm, ship, deliver, COD collected, complete, cancel, refund): one form
// field `action` picks it; lib/orders/admin-actions.ts does the work in one transaction.
export const orderAction = adminAction({ schema: orderActionSchema }, async (input, actor) => {
  const result = await performOrderAction(await getDb(), input, actor);
  if (!result.ok) {
    // A stale form: show the order as it is now, beside the message.
    if (result.code === 'conflict') refresh();
    return result;
  }
  if (result.emailQueued) kickOutbox();
  if (result.released) {
    try {
      revalidateProductStock(result.released.productSlugs, result.released.inStockChanged);
    } catch (err) {
      logger.warn({ err }, 'stock revalidation failed');
    }
  }
  refresh();
  return { ok: true, message: result.message };
});
