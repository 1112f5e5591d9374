import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { siteSettings } from '@/db/schema';
import type { ActionResult } from '@/lib/admin/action';
import { type AuditActor, recordAudit } from '@/lib/audit/audit';
import type { Db } from '@/lib/db/types';

// The trader information a Vietnamese online shop must publish (Decree 52/2013/NĐ-CP, amended by Decree
// 85/2021/NĐ-CP): one settings row, edited in /admin with an audit entry, read by the footer and /lien-he.

const KEY = 'trader_info';

const line = (label: string, max: number) =>
  z
    .string({ error: `Vui lòng nhập ${label}.` })
    .normalize('NFC')
    .overwrite((v) => v.replace(/\s+/g, ' ').trim())
    .min(1, `Vui lòng nhập ${label}.`)
    .max(max, `${label[0]?.toUpperCase()}${label.slice(1)} tối đa ${max} ký tự.`);

const optionalLine = (max: number) =>
  z
    .string()
    .normalize('NFC')
    .overwrite((v) => v.replace(/\s+/g, ' ').trim())
    .max(max, `Tối đa ${max} ký tự.`)
    .optional()
    .transform((v) => v || '');

const httpsUrl = z
  .string()
  .trim()
  .max(500, 'Đường dẫn tối đa 500 ký tự.')
  .optional()
  .transform((v) => v || '')
  .refine((v) => v === '' || /^https:\/\/[^\s"'<>]+$/.test(v), 'Đường dẫn phải bắt đầu bằng https://');

export const traderInfoSchema = z.object({
  companyName: line('tên doanh nghiệp', 200),
  storeName: line('tên cửa hàng', 100),
  registrationNumber: line('mã số doanh nghiệp', 30),
  registrationIssuer: line('nơi cấp', 200),
  registrationDate: z
    .string({ error: 'Vui lòng nhập ngày cấp.' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày cấp không hợp lệ.'),
  address: line('địa chỉ', 300),
  phone: line('số điện thoại', 30).refine((v) => /^[0-9+ .()-]{8,30}$/.test(v), 'Số điện thoại không hợp lệ.'),
  email: z.string().trim().toLowerCase().max(200).pipe(z.email('Email không hợp lệ.')),
  representative: line('người chịu trách nhiệm', 100),
  representativeTitle: optionalLine(100),
  openingHours: optionalLine(200),
  /** The Bộ Công Thương notification page for this site (online.gov.vn); the badge shows only when set. */
  moitNotificationUrl: httpsUrl,
  moitStatus: z.enum(['none', 'notified', 'registered']).default('none'),
});
export type TraderInfo = z.infer<typeof traderInfoSchema>;

/** Placeholders until the shop saves its own (the footer and contact page say they are placeholders). */
export const PLACEHOLDER_TRADER_INFO: TraderInfo = {
  companyName: 'Công ty TNHH Audio Tài Lộc (thông tin mẫu)',
  storeName: 'Audio Tài Lộc',
  registrationNumber: '0312345678',
  registrationIssuer: 'Sở Kế hoạch và Đầu tư TP. Hồ Chí Minh',
  registrationDate: '2020-01-15',
  address: '123 Nguyễn Trãi, Phường Bến Thành, TP. Hồ Chí Minh',
  phone: '1900 6868',
  email: 'hotro@audiotailoc.vn',
  representative: 'Nguyễn Văn A',
  representativeTitle: 'Giám đốc',
  openingHours: '8:00 – 21:00, Thứ Hai đến Chủ Nhật',
  moitNotificationUrl: '',
  moitStatus: 'none',
};

export type TraderInfoView = TraderInfo & { isPlaceholder: boolean; updatedAt: string | null };

export async function getTraderInfo(db: Db): Promise<TraderInfoView> {
  const [row] = await db.select().from(siteSettings).where(eq(siteSettings.key, KEY)).limit(1);
  const parsed = row ? traderInfoSchema.safeParse(row.value) : null;
  if (!row || !parsed?.success) return { ...PLACEHOLDER_TRADER_INFO, isPlaceholder: true, updatedAt: null };
  return { ...parsed.data, isPlaceholder: false, updatedAt: row.updatedAt.toISOString() };
}

export async function saveTraderInfo(db: Db, actor: AuditActor, input: TraderInfo): Promise<ActionResult> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(siteSettings).where(eq(siteSettings.key, KEY)).for('update');
    await tx
      .insert(siteSettings)
      .values({ key: KEY, value: input, updatedBy: actor.email })
      .onConflictDoUpdate({
        target: siteSettings.key,
        set: { value: input, updatedBy: actor.email, updatedAt: new Date() },
      });
    await recordAudit(tx, actor, {
      action: 'trader_info.update',
      entityType: 'site_settings',
      entityId: KEY,
      before: before?.value ?? null,
      after: input,
    });
    return { ok: true, message: 'Đã lưu thông tin doanh nghiệp.' };
  });
}
