'use server';

import { adminAction } from '@/lib/admin/action';
import { getDb } from '@/lib/db/client';
import { expireLegalContent } from '@/lib/legal/cached';
import { savePolicy, savePolicySchema } from '@/lib/legal/policies';

// /admin/policies: each save publishes a new version of a policy page (admins only, sanitised, audited).
export const savePolicyAction = adminAction(
  { permission: 'settings:manage', schema: savePolicySchema },
  async (input, actor) => {
    const result = await savePolicy(await getDb(), actor, input);
    if (result.ok) await expireLegalContent();
    return result;
  },
);
