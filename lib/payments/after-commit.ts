import 'server-only';
import { revalidateProductStock } from '@/lib/catalog/cached';
import { logger } from '@/lib/log/logger';
import { kickOutbox } from '@/lib/outbox/scheduler';

// Side effects after an order or payment transaction has committed: wake the e-mail worker, and let
// cached product pages show the stock that changed. Both are optional accelerators (the outbox worker runs
// on a timer, cached pages expire), so neither may fail the request that triggered it.

export type AfterCommit = { emailQueued: () => void; stockReleased: (productSlugs: string[]) => void };

export const afterCommit: AfterCommit = {
  emailQueued: () => kickOutbox(),
  stockReleased: (productSlugs) => {
    if (productSlugs.length === 0) return;
    try {
      revalidateProductStock(productSlugs);
    } catch (err) {
      // Outside a request (the in-app expiry timer, tests) Next has no cache store to revalidate.
      logger.debug({ err: err instanceof Error ? err.message : String(err) }, 'stock revalidation skipped');
    }
  },
};

export const noAfterCommit: AfterCommit = { emailQueued: () => {}, stockReleased: () => {} };
