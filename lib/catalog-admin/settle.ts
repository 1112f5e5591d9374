import 'server-only';
import { updateTag } from 'next/cache';
import type { ActionResult } from '@/lib/admin/action';
import { waitForReplicas } from '@/lib/db/client';
import type { Done, Outcome } from './result';

// The end of every admin catalog action: expire exactly the cache tags the change made stale, then hand
// the form its message. updateTag (not revalidateTag(…, 'max')) because staff and shoppers must see the
// change on their next request, not one request later; it also refreshes the admin page the action came from.

export function expireTags(tags: string[]): void {
  for (const tag of new Set(tags)) updateTag(tag);
}

export async function settle<T extends object>(
  outcome: Outcome<T>,
  redirectTo?: (done: Done<T>) => string,
): Promise<ActionResult> {
  if (!outcome.ok) return outcome;
  // The expired entries are refilled from a read replica: it must have the change first.
  await waitForReplicas();
  expireTags(outcome.tags);
  return { ok: true, message: outcome.message, redirectTo: redirectTo?.(outcome) };
}
