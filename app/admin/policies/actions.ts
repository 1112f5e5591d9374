'use server';

import { updateTag } from 'next/cache';
import { adminAction } from '@/lib/admin/action';
import { getDb, waitForReplicas } from '@/lib/db/client';
import { LEGAL_TAG } from '@/lib/legal/cached';
import { savePolicy, savePolicySchema } from '@/lib/legal/policies';

// /admin/policies: each save publishes a new version of a policy page (admins only, sanitised, audited).
export const savePolicyAction = adminAction(
  { permission: 'settings:manage', schema: savePolicySchema },
  async (input, actor) => {
    const result = await savePolicy(await getDb(), actor, input);
    if (result.ok) {
      await waitForReplicas(); // or a replica a moment behind would refill the cache with the old text
      updateTag(LEGAL_TAG);
    }
    return result;
  },
);
