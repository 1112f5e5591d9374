'use server';

import { adminAction } from '@/lib/admin/action';
import { afterMutation } from '@/lib/admin/after-mutation';
import { getDb } from '@/lib/db/client';
import {
  discardFailedJob,
  jobActionSchema,
  outboxRetrySchema,
  retryDeadOutboxRow,
  retryFailedJob,
} from '@/lib/jobs/admin';

// /admin/jobs: retry or discard a failed job, send a dead outbox row again (lib/jobs/admin.ts does the work).
export const retryJobAction = adminAction(
  { permission: 'jobs:manage', schema: jobActionSchema },
  async (input, actor) => {
    const result = await retryFailedJob(await getDb(), input, actor);
    afterMutation.refreshPage();
    return result;
  },
);

export const discardJobAction = adminAction(
  { permission: 'jobs:manage', schema: jobActionSchema },
  async (input, actor) => {
    const result = await discardFailedJob(await getDb(), input, actor);
    afterMutation.refreshPage();
    return result;
  },
);

export const retryOutboxRowAction = adminAction(
  { permission: 'jobs:manage', schema: outboxRetrySchema },
  async (input, actor) => {
    const result = await retryDeadOutboxRow(await getDb(), input, actor);
    if (result.ok) afterMutation.emailQueued();
    afterMutation.refreshPage();
    return result;
  },
);
