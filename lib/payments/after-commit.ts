import 'server-only';
import { revalidateProductStock } from '@/lib/catalog/cached';
import { logger } from '@/lib/log/logger';
import { kickOutbox } from '@/lib/outbox/scheduler';

// Side effects after an order or payment transaction has committed: wake the e-mail worker, and let
// cached product pages show the stock that changed. Both are optional accelerators (the outbox worker runs
// on a timer, cached pages expire), so neither may fail the request that triggered it.

export type AfterCommit = {
  emailQueued: () => void;
  /** `inStockChanged`: a variant may have sold out or come back, so listings need refreshing too. */
  stockChanged: (productSlugs: string[], inStockChanged?: boolean) => Promise<void> | void;
};

export const afterCommit: AfterCommit = {
  emailQueued: () => kickOutbox(),
  stockChanged: async (productSlugs, inStockChanged = true) => {
    if (productSlugs.length === 0) return;
    try {
      await revalidateProductStock(productSlugs, inStockChanged);
    } catch (err) {
      // Outside a request (the in-app expiry timer, tests) Next has no cache store to revalidate.
      logger.debug({ err: err instanceof Error ? err.message : String(err) }, 'stock revalidation skipped');
    }
  },
};

export const noAfterCommit: AfterCommit = { emailQueued: () => {}, stockChanged: () => {} };
