import 'server-only';
import { unstable_cache } from 'next/cache';
import type { PolicySlug } from '@/db/schema';
import { getDb } from '@/lib/db/client';
import { getPolicy, listPolicies } from './policies';
import { getTraderInfo } from './trader-info';

// Legal content through Next's data cache: it is on every page (the footer) and changes rarely. An /admin
// save expires the tag at once.

export const LEGAL_TAG = 'legal';
const REVALIDATE_SECONDS = 3600;

export const getTraderInfoCached = unstable_cache(async () => getTraderInfo(await getDb()), ['legal:trader-info'], {
  tags: [LEGAL_TAG],
  revalidate: REVALIDATE_SECONDS,
});

export const getPolicyCached = (slug: PolicySlug) =>
  unstable_cache(async () => getPolicy(await getDb(), slug), ['legal:policy', slug], {
    tags: [LEGAL_TAG],
    revalidate: REVALIDATE_SECONDS,
  })();

export const listPoliciesCached = unstable_cache(async () => listPolicies(await getDb()), ['legal:policies'], {
  tags: [LEGAL_TAG],
  revalidate: REVALIDATE_SECONDS,
});
