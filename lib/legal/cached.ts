import 'server-only';
import { unstable_cache, updateTag } from 'next/cache';
import type { PolicySlug } from '@/db/schema';
import { getReadDb, waitForReplicas } from '@/lib/db/client';
import { getPolicy, listPolicies } from './policies';
import { getTraderInfo } from './trader-info';

// Legal content through Next's data cache: it is on every page (the footer) and changes rarely, so it reads
// like the catalog (a replica when one is usable: with the primary down the shop still renders). An /admin
// save waits for the replicas to replay it, then expires the tag.

export const LEGAL_TAG = 'legal';
const REVALIDATE_SECONDS = 3600;

export const getTraderInfoCached = unstable_cache(async () => getTraderInfo(await getReadDb()), ['legal:trader-info'], {
  tags: [LEGAL_TAG],
  revalidate: REVALIDATE_SECONDS,
});

export const getPolicyCached = (slug: PolicySlug) =>
  unstable_cache(async () => getPolicy(await getReadDb(), slug), ['legal:policy', slug], {
    tags: [LEGAL_TAG],
    revalidate: REVALIDATE_SECONDS,
  })();

export const listPoliciesCached = unstable_cache(async () => listPolicies(await getReadDb()), ['legal:policies'], {
  tags: [LEGAL_TAG],
  revalidate: REVALIDATE_SECONDS,
});

/** After an /admin save (server actions only): once the replicas have the change, the cached copies go. */
export async function expireLegalContent(): Promise<void> {
  await waitForReplicas(); // or a replica a moment behind would refill the cache with the old text
  updateTag(LEGAL_TAG);
}
