import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addresses } from '@/db/schema';
import {
  createAddress,
  deleteAddress,
  getDefaultAddress,
  listAddresses,
  MAX_ADDRESSES,
  setDefaultAddress,
  updateAddress,
} from '@/lib/account/addresses';
import { getCheckoutPrefill } from '@/lib/account/checkout-prefill';
import { addressFormSchema } from '@/lib/account/schemas';
import { createTestUser } from '../support/account-factories';
import { connectTestDatabase } from '../support/test-database';

// The address book on PostgreSQL: create, edit, delete, and exactly one default per customer whatever the
// order of operations (also when several requests race), and nobody touches another customer's addresses.

const databaseUrl = inject('databaseUrl');

const HANOI_BA_DINH = { provinceCode: '01', wardCode: '00004' };

function input(over: { name?: string; street?: string; isDefault?: boolean } = {}) {
  return addressFormSchema.parse({
    name: over.name ?? 'Trần Thị Bình',
    phone: '0987 654 321',
    shippingAddress: { ...HANOI_BA_DINH, street: over.street ?? '12 phố Điện Biên Phủ' },
    isDefault: over.isDefault ? 'on' : undefined,
  });
}

describe.skipIf(!databaseUrl)('saved addresses on PostgreSQL', () => {
  let conn: ReturnType<typeof connectTestDatabase>;
  beforeAll(() => {
    conn = connectTestDatabase(databaseUrl ?? '');
  });
  afterAll(() => conn.close());

  const defaults = async (userId: number) =>
    conn.db
      .select({ id: addresses.id })
      .from(addresses)
      .where(and(eq(addresses.userId, userId), eq(addresses.isDefault, true)));

  it('makes the first address the default and moves the default only when asked', async () => {
    const user = await createTestUser(conn.db);
    const first = await createAddress(conn.db, user.id, input({ street: '1 Tràng Tiền' }));
    expect(first.ok && first.address.isDefault).toBe(true);
    expect(first.ok && first.address.formatted).toBe('1 Tràng Tiền, Phường Ba Đình, Thành phố Hà Nội');

    const second = await createAddress(conn.db, user.id, input({ street: '2 Hàng Bài' }));
    expect(second.ok && second.address.isDefault).toBe(false);
    const third = await createAddress(conn.db, user.id, input({ street: '3 Lý Thái Tổ', isDefault: true }));
    expect(third.ok && third.address.isDefault).toBe(true);
    if (!first.ok || !second.ok || !third.ok) return;
    expect(await defaults(user.id)).toEqual([{ id: third.address.id }]);

    // Listed default first.
    const list = await listAddresses(conn.db, user.id);
    expect(list.map((a) => a.street)).toHaveLength(3);
    expect(list[0]?.id).toBe(third.address.id);

    // Editing: the fields change; ticking the box moves the default; unticking it on the default changes nothing.
    const edited = await updateAddress(
      conn.db,
      user.id,
      second.address.id,
      input({ name: 'Lê Văn Cường', street: '22 Hàng Bài', isDefault: true }),
    );
    expect(edited.ok && [edited.address.name, edited.address.street, edited.address.isDefault]).toEqual([
      'Lê Văn Cường',
      '22 Hàng Bài',
      true,
    ]);
    expect(await defaults(user.id)).toEqual([{ id: second.address.id }]);
    const unticked = await updateAddress(conn.db, user.id, second.address.id, input({ street: '22 Hàng Bài' }));
    expect(unticked.ok && unticked.address.isDefault).toBe(true);

    expect((await setDefaultAddress(conn.db, user.id, first.address.id)).ok).toBe(true);
    expect(await defaults(user.id)).toEqual([{ id: first.address.id }]);
    expect((await getDefaultAddress(conn.db, user.id))?.street).toBe('1 Tràng Tiền');
  });

  it('hands the default to the most recently used address when the default is deleted', async () => {
    const user = await createTestUser(conn.db);
    const a = await createAddress(conn.db, user.id, input({ street: 'Số 1 đường A' }));
    const b = await createAddress(conn.db, user.id, input({ street: 'Số 2 đường B' }));
    const c = await createAddress(conn.db, user.id, input({ street: 'Số 3 đường C' }));
    if (!a.ok || !b.ok || !c.ok) throw new Error('setup');
    // b was used last (edited), so it inherits the default.
    await updateAddress(conn.db, user.id, b.address.id, input({ street: 'Số 2 đường B mới' }));

    expect(await deleteAddress(conn.db, user.id, a.address.id)).toEqual({ ok: true, newDefaultId: b.address.id });
    expect(await defaults(user.id)).toEqual([{ id: b.address.id }]);
    // Deleting one that is not the default leaves the default alone.
    expect(await deleteAddress(conn.db, user.id, c.address.id)).toEqual({ ok: true, newDefaultId: null });
    expect(await defaults(user.id)).toEqual([{ id: b.address.id }]);
    expect(await deleteAddress(conn.db, user.id, b.address.id)).toEqual({ ok: true, newDefaultId: null });
    expect(await listAddresses(conn.db, user.id)).toEqual([]);
    expect((await deleteAddress(conn.db, user.id, b.address.id)).ok).toBe(false);
  });

  it('keeps exactly one default when requests race', async () => {
    const user = await createTestUser(conn.db);
    const created = [];
    for (let i = 0; i < 5; i++)
      created.push(await createAddress(conn.db, user.id, input({ street: `Số ${i + 10} phố Huế` })));
    const ids = created.map((r) => (r.ok ? r.address.id : 0));
    const results = await Promise.all([
      ...ids.map((id) => setDefaultAddress(conn.db, user.id, id)),
      createAddress(conn.db, user.id, input({ street: 'Số 99 phố Huế', isDefault: true })),
      createAddress(conn.db, user.id, input({ street: 'Số 98 phố Huế', isDefault: true })),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await defaults(user.id)).toHaveLength(1);
  });

  it("refuses another customer's address and a full address book", async () => {
    const owner = await createTestUser(conn.db);
    const other = await createTestUser(conn.db);
    const mine = await createAddress(conn.db, owner.id, input({ street: 'Số 5 phố Nhà Thờ' }));
    if (!mine.ok) throw new Error('setup');
    const id = mine.address.id;
    expect(await updateAddress(conn.db, other.id, id, input({ street: 'Số 6 chiếm đoạt' }))).toMatchObject({
      ok: false,
      code: 'not_found',
    });
    expect((await setDefaultAddress(conn.db, other.id, id)).ok).toBe(false);
    expect((await deleteAddress(conn.db, other.id, id)).ok).toBe(false);
    expect((await listAddresses(conn.db, owner.id)).map((a) => a.street)).toEqual(['Số 5 phố Nhà Thờ']);
    expect(await listAddresses(conn.db, other.id)).toEqual([]);

    for (let i = 1; i < MAX_ADDRESSES; i++)
      await createAddress(conn.db, owner.id, input({ street: `Số ${i} phố Mới` }));
    const over = await createAddress(conn.db, owner.id, input({ street: 'Một địa chỉ quá nhiều' }));
    expect(over).toMatchObject({ ok: false, code: 'conflict' });
    expect(await listAddresses(conn.db, owner.id)).toHaveLength(MAX_ADDRESSES);
  });

  it('prefills checkout with the default address and the account e-mail', async () => {
    const user = await createTestUser(conn.db, { name: 'Phạm Minh Đức', phone: '0901234567' });
    expect(await getCheckoutPrefill(conn.db, user.id)).toEqual({
      'contact.name': 'Phạm Minh Đức',
      'contact.phone': '0901234567',
      'contact.email': user.email,
    });
    await createAddress(conn.db, user.id, input({ name: 'Phạm Thị Mai', street: '7 Lê Thái Tổ' }));
    expect(await getCheckoutPrefill(conn.db, user.id)).toEqual({
      'contact.name': 'Phạm Thị Mai',
      'contact.phone': '0987654321',
      'contact.email': user.email,
      'shippingAddress.provinceCode': '01',
      'shippingAddress.wardCode': '00004',
      'shippingAddress.street': '7 Lê Thái Tổ',
    });
  });
});
