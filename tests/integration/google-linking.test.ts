import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { users } from '@/db/schema';
import { upsertGoogleUser } from '@/lib/auth/google';
import { hashPassword } from '@/lib/auth/password';
import { connectTestDatabase } from '../support/test-database';

// Pre-account takeover: someone registers the victim's e-mail with their own password; the victim's first Google
// sign-in must not leave that password working. A verified account (its owner proved the mailbox) keeps its own.

const databaseUrl = inject('databaseUrl');
let seq = 0;
const email = (label: string) => `${label}-${Date.now().toString(36)}-${seq++}@google-link.test`;

describe.skipIf(!databaseUrl)('linking Google to an existing account', () => {
  let conn: ReturnType<typeof connectTestDatabase>;
  beforeAll(() => {
    conn = connectTestDatabase(databaseUrl ?? '');
  });
  afterAll(() => conn?.close());

  const row = async (address: string) => (await conn.db.select().from(users).where(eq(users.email, address)))[0];

  it("drops an unverified account's password (set by whoever registered the e-mail) and verifies it", async () => {
    const address = email('nan-nhan');
    await conn.db
      .insert(users)
      .values({ email: address, name: 'Kẻ gian', passwordHash: await hashPassword('mat-khau-ke-gian') });
    const linked = await upsertGoogleUser(conn.db, address.toUpperCase(), 'Chủ thật');
    expect(linked?.passwordHash).toBeNull();
    expect(linked?.emailVerifiedAt).toBeInstanceOf(Date);
    expect((await row(address))?.passwordHash).toBeNull();
    // Signing in with Google again changes nothing.
    expect((await upsertGoogleUser(conn.db, address, 'Chủ thật'))?.id).toBe(linked?.id);
  });

  it('keeps the password of an account whose owner verified the e-mail', async () => {
    const address = email('da-xac-minh');
    const hash = await hashPassword('mat-khau-cua-chu');
    await conn.db
      .insert(users)
      .values({ email: address, name: 'Chủ', passwordHash: hash, emailVerifiedAt: new Date() });
    const linked = await upsertGoogleUser(conn.db, address, 'Chủ');
    expect(linked?.passwordHash).toBe(hash);
  });

  it('creates a verified account without a password on first use, and refuses a disabled one', async () => {
    const address = email('moi');
    const created = await upsertGoogleUser(conn.db, address, 'Mới');
    expect(created).toMatchObject({ email: address, passwordHash: null, role: 'customer' });
    await conn.db.update(users).set({ disabledAt: new Date() }).where(eq(users.email, address));
    expect(await upsertGoogleUser(conn.db, address, 'Mới')).toBeUndefined();
  });
});
