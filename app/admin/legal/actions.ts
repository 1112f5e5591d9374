'use server';

import { adminAction } from '@/lib/admin/action';
import { getDb } from '@/lib/db/client';
import { expireLegalContent } from '@/lib/legal/cached';
import { saveTraderInfo, traderInfoSchema } from '@/lib/legal/trader-info';

// /admin/legal: the trader information shown in the footer and on /lien-he (admins only, audited).
export const saveTraderInfoAction = adminAction(
  { permission: 'settings:manage', schema: traderInfoSchema },
  async (input, actor) => {
    const result = await saveTraderInfo(await getDb(), actor, input);
    if (result.ok) await expireLegalContent();
    return result;
  },
);
