import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { POLICY_SLUGS, type PolicySlug, policyVersions } from '@/db/schema';
import type { ActionResult } from '@/lib/admin/action';
import { type AuditActor, recordAudit } from '@/lib/audit/audit';
import type { Db } from '@/lib/db/types';
import { POLICY_TEMPLATES } from './policy-templates';
import { policyPlainText, sanitizePolicyHtml } from './sanitize';

// Policy pages: every save is a new version (history is never rewritten), the highest version is in force.
// Until the shop saves a page, version 1 is the built-in template, stored on first need so that a consent
// can name it and the history shows what it replaced.

export type PolicyView = {
  slug: PolicySlug;
  title: string;
  version: number;
  html: string;
  isTemplate: boolean;
  createdBy: string;
  createdAt: string | null;
};

export const policySlugSchema = z.enum(POLICY_SLUGS, { error: 'Trang chính sách không tồn tại.' });

export const savePolicySchema = z.object({
  slug: policySlugSchema,
  /** The version the editor started from: saving over a newer one is refused. */
  baseVersion: z.coerce.number().int().min(1),
  title: z
    .string({ error: 'Vui lòng nhập tiêu đề.' })
    .normalize('NFC')
    .overwrite((v) => v.replace(/\s+/g, ' ').trim())
    .min(3, 'Tiêu đề cần ít nhất 3 ký tự.')
    .max(150, 'Tiêu đề tối đa 150 ký tự.'),
  bodyHtml: z
    .string({ error: 'Vui lòng nhập nội dung.' })
    .max(200_000, 'Nội dung quá dài (tối đa 200.000 ký tự).')
    .transform((v) => sanitizePolicyHtml(v.normalize('NFC')))
    .refine((v) => policyPlainText(v).length >= 20, 'Nội dung cần ít nhất 20 ký tự.'),
});
export type SavePolicyInput = z.infer<typeof savePolicySchema>;

const templateView = (slug: PolicySlug): PolicyView => ({
  slug,
  title: POLICY_TEMPLATES[slug].title,
  version: 1,
  html: sanitizePolicyHtml(POLICY_TEMPLATES[slug].html),
  isTemplate: true,
  createdBy: 'system',
  createdAt: null,
});

const toView = (row: typeof policyVersions.$inferSelect): PolicyView => ({
  slug: row.slug,
  title: row.title,
  version: row.version,
  html: row.bodyHtml,
  isTemplate: row.isTemplate,
  createdBy: row.createdBy,
  createdAt: row.createdAt.toISOString(),
});

/** The version in force of every page (the template where none was saved). */
export async function listPolicies(db: Db): Promise<PolicyView[]> {
  const rows = await db
    .selectDistinctOn([policyVersions.slug])
    .from(policyVersions)
    .orderBy(policyVersions.slug, desc(policyVersions.version));
  const bySlug = new Map(rows.map((r) => [r.slug, toView(r)]));
  return POLICY_SLUGS.map((slug) => bySlug.get(slug) ?? templateView(slug));
}

export async function getPolicy(db: Db, slug: PolicySlug): Promise<PolicyView> {
  const [row] = await db
    .select()
    .from(policyVersions)
    .where(eq(policyVersions.slug, slug))
    .orderBy(desc(policyVersions.version))
    .limit(1);
  return row ? toView(row) : templateView(slug);
}

export async function getPolicyVersion(db: Db, slug: PolicySlug, version: number): Promise<PolicyView | null> {
  const [row] = await db
    .select()
    .from(policyVersions)
    .where(and(eq(policyVersions.slug, slug), eq(policyVersions.version, version)))
    .limit(1);
  if (row) return toView(row);
  return version === 1 ? templateView(slug) : null;
}

/** Newest first; the template as version 1 when nothing was saved yet. */
export async function listPolicyVersions(db: Db, slug: PolicySlug): Promise<Omit<PolicyView, 'html'>[]> {
  const rows = await db
    .select({
      slug: policyVersions.slug,
      title: policyVersions.title,
      version: policyVersions.version,
      isTemplate: policyVersions.isTemplate,
      createdBy: policyVersions.createdBy,
      createdAt: policyVersions.createdAt,
    })
    .from(policyVersions)
    .where(eq(policyVersions.slug, slug))
    .orderBy(desc(policyVersions.version));
  if (rows.length === 0) {
    const { html: _html, ...rest } = templateView(slug);
    return [rest];
  }
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

/** The versions in force of the given pages (what a consent given now accepts). */
export async function currentPolicyVersions<S extends PolicySlug>(
  db: Db,
  slugs: readonly S[],
): Promise<Record<S, number>> {
  const rows = await db
    .select({ slug: policyVersions.slug, version: sql<number>`max(${policyVersions.version})`.mapWith(Number) })
    .from(policyVersions)
    .groupBy(policyVersions.slug);
  const found = new Map(rows.map((r) => [r.slug, r.version]));
  return Object.fromEntries(slugs.map((s) => [s, found.get(s) ?? 1])) as Record<S, number>;
}

/** Stores the built-in templates as version 1 of every page that has none (seed, and before a first save). */
export async function storePolicyTemplates(db: Db): Promise<void> {
  await db
    .insert(policyVersions)
    .values(
      POLICY_SLUGS.map((slug) => ({
        slug,
        version: 1,
        title: POLICY_TEMPLATES[slug].title,
        bodyHtml: sanitizePolicyHtml(POLICY_TEMPLATES[slug].html),
        isTemplate: true,
        createdBy: 'system',
      })),
    )
    .onConflictDoNothing();
}

export async function savePolicy(db: Db, actor: AuditActor, given: SavePolicyInput): Promise<ActionResult> {
  // The schema sanitised it already; again here, so that no caller can store markup outside the allow-list.
  const input = { ...given, bodyHtml: sanitizePolicyHtml(given.bodyHtml) };
  return db.transaction(async (tx) => {
    await storePolicyTemplates(tx);
    // The page's versions are locked for the check, so two editors cannot both save "version n + 1".
    const [latest] = await tx
      .select()
      .from(policyVersions)
      .where(eq(policyVersions.slug, input.slug))
      .orderBy(desc(policyVersions.version))
      .limit(1)
      .for('update');
    const current = latest?.version ?? 1;
    if (current !== input.baseVersion) {
      return {
        ok: false,
        code: 'conflict',
        message: `Trang này vừa được lưu phiên bản ${current} bởi ${latest?.createdBy ?? 'người khác'}: hãy tải lại trang để xem trước khi sửa.`,
      };
    }
    if (latest && latest.title === input.title && latest.bodyHtml === input.bodyHtml) {
      return { ok: false, code: 'invalid', message: 'Nội dung chưa thay đổi so với phiên bản hiện tại.' };
    }
    const version = current + 1;
    await tx.insert(policyVersions).values({
      slug: input.slug,
      version,
      title: input.title,
      bodyHtml: input.bodyHtml,
      isTemplate: false,
      createdBy: actor.email,
    });
    await recordAudit(tx, actor, {
      action: 'policy.publish',
      entityType: 'policy',
      entityId: input.slug,
      before: latest ? { version: latest.version, title: latest.title, bodyHtml: latest.bodyHtml } : null,
      after: { version, title: input.title, bodyHtml: input.bodyHtml },
    });
    return { ok: true, message: `Đã đăng phiên bản ${version}.` };
  });
}
