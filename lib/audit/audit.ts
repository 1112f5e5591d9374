import 'server-only';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { type AuditChanges, auditLog } from '@/db/schema';
import type { Db } from '@/lib/db/types';

// The audit log: every admin mutation writes who did what to which record, and the fields it changed
// with their values before and after. Written in the same transaction as the change it describes.

export type AuditActor = { id: number; email: string };

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string | number;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields whose values differ (a created record: every field after; a deleted one: every field before). */
export function diffFields(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): AuditChanges {
  const changes: AuditChanges = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    const b = before?.[key] ?? null;
    const a = after?.[key] ?? null;
    if (!same(b, a))
      changes[key] = {
        before: b instanceof Date ? b.toISOString() : b,
        after: a instanceof Date ? a.toISOString() : a,
      };
  }
  return changes;
}

export async function recordAudit(db: Db, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: actor.id,
    actorEmail: actor.email,
    action: entry.action,
    entityType: entry.entityType,
    entityId: String(entry.entityId),
    changes: diffFields(entry.before, entry.after),
  });
}

export type AuditFilter = { entityType?: string; entityId?: string; actorId?: number; limit?: number; offset?: number };

export async function listAudit(db: Db, filter: AuditFilter = {}) {
  const where: SQL[] = [];
  if (filter.entityType) where.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId) where.push(eq(auditLog.entityId, filter.entityId));
  if (filter.actorId) where.push(eq(auditLog.actorId, filter.actorId));
  return db
    .select()
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(filter.limit ?? 50)
    .offset(filter.offset ?? 0);
}
