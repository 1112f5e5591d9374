import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  addresses,
  auditLog,
  authTokens,
  consents,
  dataRequests,
  inventoryLedger,
  marketingSubscriptions,
  orderItems,
  orders,
  outbox,
  policyVersions,
  users,
  webhookEvents,
} from '@/db/schema';
import type { Db } from '@/lib/db/types';
import { createMailer } from '@/lib/email/mailer';
import { currentPolicyVersions, savePolicy } from '@/lib/legal/policies';
import { getTraderInfo, PLACEHOLDER_TRADER_INFO, saveTraderInfo } from '@/lib/legal/trader-info';
import { outboxHandlers } from '@/lib/outbox/handlers';
import { processOutbox } from '@/lib/outbox/worker';
import { recordPolicyConsent, setMarketing } from '@/lib/privacy/consent';
import { policyConsentSchema } from '@/lib/privacy/consent-schema';
import {
  confirmErasure,
  DATA_ERASURE_EMAIL_KIND,
  erasureTokenFromNonce,
  requestErasure,
  runDueErasures,
} from '@/lib/privacy/erasure';
import { exportAccountData, exportOrderData } from '@/lib/privacy/export';
import { queueMarketingEmail } from '@/lib/privacy/marketing';
import { purgeExpiredData } from '@/lib/privacy/retention';
import { unsubscribe } from '@/lib/privacy/unsubscribe-action';
import { createTestUser, placeTestOrder } from '../support/account-factories';
import { createProduct } from '../support/factories';
import { reachable, requireOrSkip, TEST_REDIS_URL } from '../support/services';
import { type CaughtMail, startSmtpSink } from '../support/smtp-sink';
import { connectTestDatabase, createTestDatabase, type TestDatabase } from '../support/test-database';
import { PG_ADMIN_URL } from '../support/services';

// Legal pages' data and customers' rights over their personal data, against a fresh PostgreSQL database: the
// JSON export holds what it should, erasure masks people but leaves every amount, item and ledger row as it was,
// consents name the policy versions accepted (and a stale form is refused), marketing mail carries the RFC 8058
// headers and one-click unsubscribe works, and the retention purge removes only what is past its period.

const pgUp = requireOrSkip(await reachable(PG_ADMIN_URL), `PostgreSQL at ${PG_ADMIN_URL}`);
const redisUp = requireOrSkip(await reachable(TEST_REDIS_URL), `Redis at ${TEST_REDIS_URL}`);

// checkout() and the Redis client read their configuration once, at first use, from the environment: the
// database this file creates (under a name fixed here, before any module loads) and a key prefix of its own.
const env = vi.hoisted(() => {
  const name = `atl_privacy_${Date.now()}_${process.pid}`;
  const url = new URL(process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/${name}`;
  Object.assign(process.env, {
    DATABASE_URL: url.toString(),
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: `atl-test:privacy:${process.pid}:${Date.now()}:`,
    MAIL_DIR: `/tmp/atl-privacy-mail-${process.pid}`,
    OUTBOX_WORKER: 'false',
    LOG_LEVEL: 'fatal',
  });
  return { name, url: url.toString() };
});

// Outside a Next request there is no cache to expire.
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));

const admin = { id: 0, email: 'quan-tri@audiotailoc.vn' };
const consent = (terms: number, privacy: number, extra: Record<string, string> = {}) =>
  policyConsentSchema.parse({ accepted: 'on', termsVersion: terms, privacyVersion: privacy, ...extra });

describe.skipIf(!pgUp || !redisUp)('legal pages, consent and personal data', () => {
  let database: TestDatabase;
  let conn: ReturnType<typeof connectTestDatabase>;
  let db: Db;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;

  beforeAll(async () => {
    database = await createTestDatabase('atl_privacy', { seed: true, name: env.name });
    expect(database.url).toBe(env.url);
    conn = connectTestDatabase(database.url);
    db = conn.db;
    smtp = await startSmtpSink();
    const [staff] = await db
      .insert(users)
      .values({ email: `quan-tri-${randomUUID().slice(0, 8)}@audiotailoc.vn`, name: 'Quản trị', role: 'admin' })
      .returning();
    admin.id = staff?.id ?? 0;
    admin.email = staff?.email ?? admin.email;
  });
  afterAll(async () => {
    await conn?.close();
    await smtp?.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await database?.drop();
  });

  const sendOutbox = () =>
    processOutbox(
      db,
      outboxHandlers(db, createMailer({ smtpUrl: smtp.url, from: 'test@audiotailoc.vn', dir: '/tmp' })),
    );
  const mailTo = (address: string): CaughtMail[] => smtp.mails.filter((m) => m.to.includes(address));

  async function product() {
    const { variants } = await createProduct(db, { variants: [{ price: 450_000, stock: 10 }] });
    return variants[0]?.id ?? 0;
  }

  it('seeds every policy as version 1 marked as a template; a save sanitises, versions, audits and refuses a stale editor', async () => {
    // Called as a lib function with raw HTML: savePolicy cleans it even without the form schema.
    const seeded = await db.select().from(policyVersions).orderBy(asc(policyVersions.slug));
    expect(seeded).toHaveLength(7);
    expect(seeded.every((p) => p.version === 1 && p.isTemplate)).toBe(true);

    const saved = await savePolicy(db, admin, {
      slug: 'doi-tra-hoan-tien',
      baseVersion: 1,
      title: 'Đổi trả trong 10 ngày',
      bodyHtml:
        '<h2>Đổi trả</h2><p onclick="alert(1)">Trong 10 ngày.<script>alert(1)</script><img src=x onerror=alert(1)></p><a href="javascript:alert(1)">x</a>',
    });
    expect(saved.ok).toBe(true);
    const [v2] = await db
      .select()
      .from(policyVersions)
      .where(and(eq(policyVersions.slug, 'doi-tra-hoan-tien'), eq(policyVersions.version, 2)));
    expect(v2?.isTemplate).toBe(false);
    expect(v2?.bodyHtml).toBe('<h2>Đổi trả</h2><p>Trong 10 ngày.</p><a rel="noopener noreferrer">x</a>');
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'policy'), eq(auditLog.entityId, 'doi-tra-hoan-tien')));
    expect(audit?.action).toBe('policy.publish');
    expect(audit?.actorEmail).toBe(admin.email);

    const stale = await savePolicy(db, admin, {
      slug: 'doi-tra-hoan-tien',
      baseVersion: 1,
      title: 'Bản cũ',
      bodyHtml: '<p>Nội dung từ trình soạn thảo cũ.</p>',
    });
    expect(stale).toMatchObject({ ok: false, code: 'conflict' });
    expect(await currentPolicyVersions(db, ['doi-tra-hoan-tien'])).toEqual({ 'doi-tra-hoan-tien': 2 });
  });

  it('the save schema strips script, handlers and javascript: links before anything is stored', async () => {
    const { savePolicySchema } = await import('@/lib/legal/policies');
    const parsed = savePolicySchema.parse({
      slug: 'bao-hanh',
      baseVersion: '1',
      title: 'Bảo hành 12 tháng',
      bodyHtml:
        '<h2>Bảo hành</h2><p onclick="alert(1)">Sản phẩm được bảo hành 12 tháng.<script>alert(1)</script><img src=x onerror=alert(1)></p><a href="javascript:alert(1)">x</a>',
    });
    expect(parsed.bodyHtml).toBe(
      '<h2>Bảo hành</h2><p>Sản phẩm được bảo hành 12 tháng.</p><a rel="noopener noreferrer">x</a>',
    );
    expect(await savePolicy(db, admin, parsed)).toMatchObject({ ok: true });
    const [stored] = await db
      .select({ html: policyVersions.bodyHtml })
      .from(policyVersions)
      .where(and(eq(policyVersions.slug, 'bao-hanh'), eq(policyVersions.version, 2)));
    expect(stored?.html).not.toMatch(/script|onerror|onclick|javascript/);
  });

  it('trader information: placeholders until saved, then the saved values with an audit entry', async () => {
    expect((await getTraderInfo(db)).isPlaceholder).toBe(true);
    const info = {
      ...PLACEHOLDER_TRADER_INFO,
      companyName: 'Công ty TNHH Thiết bị Âm thanh Tài Lộc',
      moitNotificationUrl: 'https://online.gov.vn/Home/WebDetails/123456',
      moitStatus: 'notified' as const,
    };
    expect(await saveTraderInfo(db, admin, info)).toMatchObject({ ok: true });
    const read = await getTraderInfo(db);
    expect(read).toMatchObject({ isPlaceholder: false, companyName: info.companyName, moitStatus: 'notified' });
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, 'trader_info.update'));
    expect(audit?.changes.companyName).toEqual({ before: null, after: info.companyName });
  });

  it('checkout records the terms and privacy versions accepted, from which IP, and refuses a form drawn before a change', async () => {
    const { checkout } = await import('@/lib/checkout/checkout');
    const { addToCart } = await import('@/lib/cart/cart');
    const { getRedis } = await import('@/lib/redis/client');
    const { checkoutRequest, testKey } = await import('../support/factories');
    const redis = await getRedis();
    const variantId = await product();
    const versions = await currentPolicyVersions(db, ['dieu-khoan-su-dung', 'bao-mat-thong-tin']);

    const place = async (terms: number, privacy: number, email: string) => {
      const cartId = randomUUID();
      await addToCart(db, redis, cartId, variantId, 1);
      return checkout(redis, {
        cartId,
        request: {
          ...checkoutRequest({ contact: { name: 'Trần Thị Bình', phone: '0987654321', email } }),
          consent: consent(terms, privacy, { marketingEmail: 'on' }),
        },
        idempotencyKey: testKey(),
        clientIp: '203.0.113.77',
      });
    };
    const email = `binh-${randomUUID().slice(0, 8)}@example.vn`;
    const placed = await place(versions['dieu-khoan-su-dung'], versions['bao-mat-thong-tin'], email);
    expect(placed.ok).toBe(true);
    if (!placed.ok) return;
    const rows = await db
      .select()
      .from(consents)
      .where(eq(consents.orderId, placed.order.id))
      .orderBy(asc(consents.id));
    expect(rows.map((r) => [r.kind, r.policyVersion, r.granted, r.source, r.ip, r.subject])).toEqual([
      ['terms', versions['dieu-khoan-su-dung'], true, 'checkout', '203.0.113.77', email],
      ['privacy', versions['bao-mat-thong-tin'], true, 'checkout', '203.0.113.77', email],
      ['marketing_email', null, true, 'checkout', '203.0.113.77', email],
    ]);
    // Zalo was not ticked: no Zalo subscription for the phone.
    const subs = await db.select().from(marketingSubscriptions).where(eq(marketingSubscriptions.address, '0987654321'));
    expect(subs).toEqual([]);

    // The terms change: a form drawn with the old version is refused, nothing is written.
    await savePolicy(db, admin, {
      slug: 'dieu-khoan-su-dung',
      baseVersion: versions['dieu-khoan-su-dung'],
      title: 'Điều khoản sử dụng (sửa đổi)',
      bodyHtml: '<p>Điều khoản mới có hiệu lực từ hôm nay.</p>',
    });
    const ordersBefore = await db.$count(orders);
    const stale = await place(versions['dieu-khoan-su-dung'], versions['bao-mat-thong-tin'], email);
    expect(stale).toMatchObject({ ok: false, code: 'policy_changed' });
    expect(await db.$count(orders)).toBe(ordersBefore);
    const fresh = await place(versions['dieu-khoan-su-dung'] + 1, versions['bao-mat-thong-tin'], email);
    expect(fresh.ok).toBe(true);
    if (!fresh.ok) return;
    const [terms] = await db
      .select()
      .from(consents)
      .where(and(eq(consents.orderId, fresh.order.id), eq(consents.kind, 'terms')));
    expect(terms?.policyVersion).toBe(versions['dieu-khoan-su-dung'] + 1);
  });

  it('exports an account: profile, addresses, orders, reviews, consents and marketing choices; the download is recorded', async () => {
    const user = await createTestUser(db, { verified: true, name: 'Lê Văn Cường', phone: '0903111222' });
    await db.insert(addresses).values({
      userId: user.id,
      name: 'Lê Văn Cường',
      phone: '0903111222',
      provinceCode: '01',
      wardCode: '00004',
      street: '5 Hàng Bài',
      isDefault: true,
    });
    const variantId = await product();
    const order = await placeTestOrder(db, {
      lines: [{ variantId, quantity: 2 }],
      email: user.email,
      customerId: user.id,
    });
    await recordPolicyConsent(
      db,
      { userId: user.id, email: user.email, phone: user.phone, source: 'signup', ip: '198.51.100.4' },
      consent(1, 1, { marketingZalo: 'on' }),
    );
    const data = await exportAccountData(db, user.id, '198.51.100.5');
    expect(data?.account).toMatchObject({ id: user.id, email: user.email, name: 'Lê Văn Cường', phone: '0903111222' });
    expect(data?.addresses).toEqual([
      {
        name: 'Lê Văn Cường',
        phone: '0903111222',
        provinceCode: '01',
        wardCode: '00004',
        street: '5 Hàng Bài',
        isDefault: true,
      },
    ]);
    expect(data?.orders.map((o) => [o.number, o.total, o.items.length])).toEqual([[order.number, order.total, 1]]);
    expect(data?.reviews).toEqual([]);
    // signup consent (terms + privacy) but Zalo needs a phone in the context: given, so it is recorded too.
    expect(data?.consents.map((c) => [c.kind, c.policyVersion, c.source, c.ip])).toEqual([
      ['terms', 1, 'signup', '198.51.100.4'],
      ['privacy', 1, 'signup', '198.51.100.4'],
      ['marketing_zalo', null, 'signup', '198.51.100.4'],
    ]);
    expect(data?.marketing).toEqual([
      expect.objectContaining({ channel: 'zalo', address: '0903111222', subscribed: true }),
    ]);
    expect(JSON.stringify(data)).not.toMatch(/password/i);
    const [recorded] = await db.select().from(dataRequests).where(eq(dataRequests.userId, user.id));
    expect(recorded).toMatchObject({ kind: 'export', status: 'completed', ip: '198.51.100.5' });

    // A guest's export through the order holds that order and its consents only.
    const guestOrder = await placeTestOrder(db, {
      lines: [{ variantId, quantity: 1 }],
      email: `khach-${randomUUID().slice(0, 6)}@example.vn`,
      customerId: null,
    });
    const guest = await exportOrderData(db, guestOrder.number, null);
    expect(guest?.orders.map((o) => o.number)).toEqual([guestOrder.number]);
    expect(guest?.consents).toEqual([]);
  });

  it('erasure: refused while an order is in progress; confirmed by e-mail; after the grace period people are masked, amounts and ledgers untouched', async () => {
    const user = await createTestUser(db, { verified: true, name: 'Phạm Minh Đức', phone: '0911222333' });
    await db.insert(addresses).values({
      userId: user.id,
      name: 'Phạm Minh Đức',
      phone: '0911222333',
      provinceCode: '01',
      wardCode: '00004',
      street: '9 Lý Thái Tổ',
    });
    const variantId = await product();
    const order = await placeTestOrder(db, {
      lines: [{ variantId, quantity: 3 }],
      email: user.email,
      customerId: user.id,
    });
    await recordPolicyConsent(
      db,
      { userId: user.id, orderId: order.id, email: user.email, source: 'checkout', ip: '192.0.2.10' },
      consent(1, 1, { marketingEmail: 'on' }),
    );

    // Still being fulfilled: refused, nothing written.
    expect(await requestErasure(db, { userId: user.id }, '192.0.2.11')).toMatchObject({
      ok: false,
      code: 'in_progress',
    });
    expect(await db.select().from(dataRequests).where(eq(dataRequests.userId, user.id))).toEqual([]);
    await db.update(orders).set({ status: 'completed' }).where(eq(orders.id, order.id));

    const snapshot = async () => ({
      order: (
        await db
          .select({
            subtotal: orders.subtotal,
            shippingFee: orders.shippingFee,
            discount: orders.discount,
            total: orders.total,
            itemCount: orders.itemCount,
            status: orders.status,
            province: orders.provinceName,
            ward: orders.wardName,
          })
          .from(orders)
          .where(eq(orders.id, order.id))
      )[0],
      items: await db.select().from(orderItems).where(eq(orderItems.orderId, order.id)).orderBy(asc(orderItems.id)),
      ledger: await db
        .select()
        .from(inventoryLedger)
        .where(eq(inventoryLedger.orderId, order.id))
        .orderBy(asc(inventoryLedger.id)),
    });
    const before = await snapshot();
    expect(before.ledger).toHaveLength(1);
    expect(before.ledger[0]?.delta).toBe(-3);

    const asked = await requestErasure(db, { userId: user.id }, '192.0.2.11');
    expect(asked).toMatchObject({ ok: true, status: 'awaiting_confirmation' });
    await sendOutbox();
    const mail = mailTo(user.email).find((m) => m.raw.includes('xac-nhan-xoa-du-lieu'));
    expect(mail).toBeDefined();
    const [queued] = await db.select().from(outbox).where(eq(outbox.kind, DATA_ERASURE_EMAIL_KIND));
    const token = erasureTokenFromNonce(String(queued?.payload.nonce));
    expect((mail?.raw ?? '').replace(/=\r?\n/g, '').replace(/=3D/g, '=')).toContain(`token=${token}`);

    expect(await confirmErasure(db, 'not-the-token-0123456789')).toMatchObject({ ok: false });
    const now = new Date();
    const confirmed = await confirmErasure(db, token, now);
    expect(confirmed.ok).toBe(true);
    if (!confirmed.ok) return;
    expect(new Date(confirmed.scheduledFor).getTime() - now.getTime()).toBe(14 * 24 * 60 * 60 * 1000);
    expect(await confirmErasure(db, token, now)).toMatchObject({ ok: false }); // works once

    // Not yet due: nothing happens.
    expect(await runDueErasures(db, new Date(now.getTime() + 13 * 24 * 60 * 60 * 1000))).toEqual({
      done: 0,
      postponed: 0,
    });
    const [untouched] = await db.select().from(users).where(eq(users.id, user.id));
    expect(untouched?.email).toBe(user.email);

    expect(await runDueErasures(db, new Date(now.getTime() + 15 * 24 * 60 * 60 * 1000))).toEqual({
      done: 1,
      postponed: 0,
    });
    const [erased] = await db.select().from(users).where(eq(users.id, user.id));
    expect(erased).toMatchObject({
      email: `erased-${user.id}@erased.invalid`,
      name: '',
      phone: null,
      passwordHash: null,
      emailVerifiedAt: null,
    });
    expect(erased?.disabledAt).not.toBeNull();
    expect(await db.select().from(addresses).where(eq(addresses.userId, user.id))).toEqual([]);
    expect(await db.select().from(authTokens).where(eq(authTokens.userId, user.id))).toEqual([]);
    const [masked] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(masked).toMatchObject({
      contactName: 'N. V. A. (đã ẩn danh)',
      contactPhone: '********78',
      contactEmail: `${user.email[0]}***@example.vn`,
      street: '[đã xóa]',
      note: null,
    });
    expect(await snapshot()).toEqual(before);
    const kept = await db.select().from(consents).where(eq(consents.userId, user.id));
    expect(kept.map((c) => [c.kind, c.policyVersion, c.ip])).toEqual([
      ['terms', 1, null],
      ['privacy', 1, null],
      ['marketing_email', null, null],
    ]);
    expect(kept.every((c) => !c.subject.includes(user.email))).toBe(true);
    expect(
      await db.select().from(marketingSubscriptions).where(eq(marketingSubscriptions.address, user.email)),
    ).toEqual([]);
    const [request] = await db.select().from(dataRequests).where(eq(dataRequests.userId, user.id));
    expect(request).toMatchObject({ status: 'completed', ip: null });
    expect(request?.email).not.toBe(user.email);
  });

  it('a guest erases one order through its link; a staff cancellation is audited and stops it', async () => {
    const variantId = await product();
    const email = `khach-${randomUUID().slice(0, 6)}@example.vn`;
    const order = await placeTestOrder(db, { lines: [{ variantId, quantity: 1 }], email, customerId: null });
    await db.update(orders).set({ status: 'cancelled' }).where(eq(orders.id, order.id));
    const asked = await requestErasure(db, { orderId: order.id }, null);
    expect(asked.ok).toBe(true);
    if (!asked.ok) return;
    const [row] = await db
      .select()
      .from(outbox)
      .where(and(eq(outbox.kind, DATA_ERASURE_EMAIL_KIND), eq(outbox.status, 'pending')));
    const confirmed = await confirmErasure(db, erasureTokenFromNonce(String(row?.payload.nonce)));
    expect(confirmed.ok).toBe(true);

    const { staffCancelErasure } = await import('@/lib/privacy/erasure');
    expect(
      await staffCancelErasure(db, admin, { requestId: asked.requestId, reason: 'Khách đang khiếu nại' }),
    ).toMatchObject({
      ok: true,
    });
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'data_request'), eq(auditLog.entityId, String(asked.requestId))));
    expect(audit?.action).toBe('data_request.cancel');
    expect(await runDueErasures(db, new Date(Date.now() + 30 * 24 * 60 * 60 * 1000))).toEqual({
      done: 0,
      postponed: 0,
    });
    const [still] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(still?.contactEmail).toBe(email);

    // Asked again and carried out: the order's people are masked, its total is not.
    const again = await requestErasure(db, { orderId: order.id }, null);
    expect(again.ok).toBe(true);
    const pending = await db
      .select()
      .from(outbox)
      .where(and(eq(outbox.kind, DATA_ERASURE_EMAIL_KIND), eq(outbox.status, 'pending')))
      .orderBy(asc(outbox.id));
    const nonce = String(pending.at(-1)?.payload.nonce);
    expect((await confirmErasure(db, erasureTokenFromNonce(nonce))).ok).toBe(true);
    expect((await runDueErasures(db, new Date(Date.now() + 30 * 24 * 60 * 60 * 1000))).done).toBe(1);
    const [done] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(done).toMatchObject({ contactEmail: `${email[0]}***@example.vn`, street: '[đã xóa]', total: order.total });
  });

  it('marketing e-mail goes only to subscribers, with List-Unsubscribe headers; one click unsubscribes', async () => {
    const yes = `co-${randomUUID().slice(0, 6)}@example.vn`;
    const no = `khong-${randomUUID().slice(0, 6)}@example.vn`;
    await setMarketing(db, {
      channel: 'email',
      address: yes,
      subscribed: true,
      email: yes,
      source: 'account',
      ip: null,
    });
    await setMarketing(db, {
      channel: 'email',
      address: no,
      subscribed: false,
      email: no,
      source: 'account',
      ip: null,
    });
    const campaign = `sale-${randomUUID().slice(0, 6)}`;
    const mail = { campaign, subject: 'Giảm giá tai nghe', html: '<p>Giảm 20%</p>', text: 'Giảm 20%' };
    const queued = await queueMarketingEmail(db, mail);
    expect(queued).toBeGreaterThanOrEqual(1);
    expect(await queueMarketingEmail(db, mail)).toBe(0); // deduped per campaign and address
    await sendOutbox();
    expect(mailTo(no)).toEqual([]);
    const [sent] = mailTo(yes);
    const raw = (sent?.raw ?? '').replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    expect(raw).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const headers = (sent?.raw ?? '').split(/\r?\n\r?\n/)[0]?.replace(/\r?\n[ \t]+/g, ' ') ?? '';
    const header = /List-Unsubscribe:\s*<([^>]+)>/.exec(headers)?.[1] ?? '';
    expect(header).toContain('/api/unsubscribe?c=email');
    expect(raw).toContain('/huy-dang-ky?c=email');

    const params = Object.fromEntries(new URL(header).searchParams);
    expect(await unsubscribe(db, { ...params, t: `${params.t?.slice(0, -2)}xx` }, null)).toBeNull();
    expect(await unsubscribe(db, params, '192.0.2.50')).toEqual({ channel: 'email' });
    const [state] = await db.select().from(marketingSubscriptions).where(eq(marketingSubscriptions.address, yes));
    expect(state?.subscribed).toBe(false);
    const [withdrawn] = await db
      .select()
      .from(consents)
      .where(and(eq(consents.subject, yes), eq(consents.source, 'unsubscribe')));
    expect(withdrawn).toMatchObject({ kind: 'marketing_email', granted: false, ip: '192.0.2.50' });
    // Queued before the click, sent after: not sent.
    await db.insert(outbox).values({
      kind: 'marketing_email',
      dedupeKey: `marketing:late:${yes}`,
      payload: { to: yes, ...mail, campaign: 'late' },
    });
    const count = mailTo(yes).length;
    await sendOutbox();
    expect(mailTo(yes).length).toBe(count);
  });

  it('the retention purge removes only what is past its period', async () => {
    const now = new Date();
    const days = (n: number) => new Date(now.getTime() - n * 24 * 60 * 60 * 1000);
    const [oldEvent, newEvent] = await db
      .insert(webhookEvents)
      .values([
        {
          gateway: 'payos',
          eventKey: `old-${randomUUID()}`,
          outcome: 'paid',
          payload: { name: 'A' },
          receivedAt: days(91),
        },
        {
          gateway: 'payos',
          eventKey: `new-${randomUUID()}`,
          outcome: 'paid',
          payload: { name: 'B' },
          receivedAt: days(89),
        },
      ])
      .returning();
    const [oldMail, newMail, pendingMail] = await db
      .insert(outbox)
      .values([
        { kind: 'x', dedupeKey: `old-${randomUUID()}`, payload: {}, status: 'sent', createdAt: days(31) },
        { kind: 'x', dedupeKey: `new-${randomUUID()}`, payload: {}, status: 'sent', createdAt: days(29) },
        { kind: 'x', dedupeKey: `pending-${randomUUID()}`, payload: {}, status: 'dead', createdAt: days(10) },
      ])
      .returning();
    const user = await createTestUser(db);
    const [oldToken, liveToken] = await db
      .insert(authTokens)
      .values([
        { userId: user.id, purpose: 'password_reset', tokenHash: randomUUID(), expiresAt: days(8) },
        { userId: user.id, purpose: 'password_reset', tokenHash: randomUUID(), expiresAt: days(-1) },
      ])
      .returning();
    const [oldAudit] = await db
      .insert(auditLog)
      .values({ actorEmail: 'a@b.vn', action: 'x', entityType: 'x', entityId: '1', createdAt: days(731) })
      .returning();

    const result = await purgeExpiredData(db, now);
    expect(result.webhookPayloadsCleared).toBeGreaterThanOrEqual(1);
    const events = await db.select().from(webhookEvents);
    expect(events.find((e) => e.id === oldEvent?.id)?.payload).toEqual({});
    expect(events.find((e) => e.id === newEvent?.id)?.payload).toEqual({ name: 'B' });
    const mails = (await db.select({ id: outbox.id }).from(outbox)).map((r) => r.id);
    expect(mails).not.toContain(oldMail?.id);
    expect(mails).toContain(newMail?.id);
    expect(mails).toContain(pendingMail?.id);
    const tokens = (await db.select({ id: authTokens.id }).from(authTokens)).map((r) => r.id);
    expect(tokens).not.toContain(oldToken?.id);
    expect(tokens).toContain(liveToken?.id);
    expect(
      (
        await db
          .select()
          .from(auditLog)
          .where(eq(auditLog.id, oldAudit?.id ?? 0))
      ).length,
    ).toBe(0);
    expect((await db.select().from(auditLog)).length).toBeGreaterThan(0); // recent entries stay

    // Redis holds carts and rate-limit counters only with a TTL: a cart 30 days after its last use.
    const { getRedis } = await import('@/lib/redis/client');
    const { addToCart, CART_TTL_MS } = await import('@/lib/cart/cart');
    const redis = await getRedis();
    const cartId = randomUUID();
    await addToCart(db, redis, cartId, await product(), 1);
    const ttl = await redis.pttl(`cart:${cartId}`);
    expect(ttl).toBeGreaterThan(CART_TTL_MS - 60_000);
    expect(ttl).toBeLessThanOrEqual(CART_TTL_MS);
  });
});
