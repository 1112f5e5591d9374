'use server';

import { updateTag } from 'next/cache';
import { adminAction } from '@/lib/admin/action';
import { getDb, waitForReplicas } from '@/lib/db/client';
import { LEGAL_TAG } from '@/lib/legal/cached';
import { saveTraderInfo, traderInfoSchema } from '@/lib/legal/trader-info';

// /admin/legal: the trader information shown in the footer and on /lien-he (admins only, audited).
export const saveTraderInfoAction = adminAction(
  { permission: 'settings:manage', schema: traderInfoSchema },
  async (input, actor) => {
    const result = await saveTraderInfo(await getDb(), actor, input);
    if (result.ok) {
      await waitForReplicas(); // or a replica a moment behind would refill the cache with the old text
      updateTag(LEGAL_TAG);
    }
    return result;
  },
);
