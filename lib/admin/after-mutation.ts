import 'server-only';
import { refresh } from 'next/cache';
import { revalidateProductStock } from '@/lib/catalog/cached';
import { logger } from '@/lib/log/logger';
import { kickOutbox } from '@/lib/outbox/scheduler';

// What an /admin server action does after its transaction committed: show the page again with the new data,
// tell the catalog cache what changed, wake the e-mail worker. The change is saved whatever happens here, so
// the cache and the outbox are best effort (the outbox also runs on a timer, cached pages expire).

export const afterMutation = {
  refreshPage(): void {
    refresh();
  },
  /** The product page shows stock; listings only in stock / sold out, so they follow only when that flipped. */
  async stockChanged(productSlugs: string[], inStockChanged: boolean): Promise<void> {
    if (productSlugs.length === 0) return;
    try {
      await revalidateProductStock(productSlugs, inStockChanged);
    } catch (err) {
      logger.warn({ err }, 'stock revalidation failed');
    }
  },
  emailQueued(): void {
    kickOutbox();
  },
};
