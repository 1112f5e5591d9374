import 'server-only';
import { and, count, desc, eq, ne, sql } from 'drizzle-orm';
import { addresses, users } from '@/db/schema';
import { formatAddress, getProvince, getWard } from '@/lib/address/data';
import type { Db } from '@/lib/db/types';
import type { AddressFormInput } from './schemas';

// A customer's address book. Every write runs in a transaction that first locks the owner's users row,
// so two tabs saving at once take turns: the "one default per user" rule (also a partial unique index)
// is kept by the code, never left to a constraint error. The first address becomes the default; deleting
// the default hands it to the most recently used one left.

export const MAX_ADDRESSES = 20;

export type SavedAddress = {
  id: number;
  name: string;
  phone: string;
  provinceCode: string;
  wardCode: string;
  street: string;
  /** 'street, ward, province' from the current dataset (the codes alone if the dataset no longer knows them). */
  formatted: string;
  isDefault: boolean;
};

export type AddressResult =
  | { ok: true; address: SavedAddress }
  | { ok: false; code: 'not_found' | 'conflict'; message: string };

const NOT_FOUND = { ok: false, code: 'not_found', message: 'Không tìm thấy địa chỉ này.' } as const;

type AddressRow = typeof addresses.$inferSelect;

function toSaved(row: AddressRow): SavedAddress {
  const province = getProvince(row.provinceCode);
  const ward = getWard(row.wardCode);
  return {
    id: row.id,
    name: row.name,
    phone: row.phone,
    provinceCode: row.provinceCode,
    wardCode: row.wardCode,
    street: row.street,
    formatted:
      province && ward
        ? formatAddress(row.street, ward, province)
        : `${row.street}, ${row.wardCode}, ${row.provinceCode}`,
    isDefault: row.isDefault,
  };
}

async function lockOwner(tx: Db, userId: number): Promise<void> {
  await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('update');
}

const fields = (input: AddressFormInput) => ({
  name: input.name,
  phone: input.phone,
  provinceCode: input.shippingAddress.provinceCode,
  wardCode: input.shippingAddress.wardCode,
  street: input.shippingAddress.street,
});

/** The default first, then the most recently saved. */
export async function listAddresses(db: Db, userId: number): Promise<SavedAddress[]> {
  const rows = await db
    .select()
    .from(addresses)
    .where(eq(addresses.userId, userId))
    .orderBy(desc(addresses.isDefault), desc(addresses.updatedAt), desc(addresses.id));
  return rows.map(toSaved);
}

export async function getAddress(db: Db, userId: number, id: number): Promise<SavedAddress | null> {
  const [row] = await db
    .select()
    .from(addresses)
    .where(and(eq(addresses.id, id), eq(addresses.userId, userId)));
  return row ? toSaved(row) : null;
}

export async function getDefaultAddress(db: Db, userId: number): Promise<SavedAddress | null> {
  const [row] = await db
    .select()
    .from(addresses)
    .where(and(eq(addresses.userId, userId), eq(addresses.isDefault, true)));
  return row ? toSaved(row) : null;
}

async function clearDefault(tx: Db, userId: number, exceptId?: number): Promise<void> {
  await tx
    .update(addresses)
    .set({ isDefault: false, updatedAt: sql`now()` })
    .where(
      and(
        eq(addresses.userId, userId),
        eq(addresses.isDefault, true),
        exceptId === undefined ? undefined : ne(addresses.id, exceptId),
      ),
    );
}

export async function createAddress(db: Db, userId: number, input: AddressFormInput): Promise<AddressResult> {
  return db.transaction(async (tx) => {
    await lockOwner(tx, userId);
    const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(addresses).where(eq(addresses.userId, userId));
    if (n >= MAX_ADDRESSES) {
      return {
        ok: false,
        code: 'conflict',
        message: `Bạn chỉ lưu được tối đa ${MAX_ADDRESSES} địa chỉ. Vui lòng xóa bớt địa chỉ không dùng.`,
      } as const;
    }
    const isDefault = input.isDefault || n === 0;
    if (isDefault) await clearDefault(tx, userId);
    const [row] = await tx
      .insert(addresses)
      .values({ userId, ...fields(input), isDefault })
      .returning();
    if (!row) throw new Error('address insert returned nothing');
    return { ok: true, address: toSaved(row) } as const;
  });
}

/** Ticking "mặc định" moves the default here; unticking it on the default itself changes nothing (pick another one instead). */
export async function updateAddress(
  db: Db,
  userId: number,
  id: number,
  input: AddressFormInput,
): Promise<AddressResult> {
  return db.transaction(async (tx) => {
    await lockOwner(tx, userId);
    const [current] = await tx
      .select()
      .from(addresses)
      .where(and(eq(addresses.id, id), eq(addresses.userId, userId)));
    if (!current) return NOT_FOUND;
    const isDefault = current.isDefault || input.isDefault;
    if (isDefault && !current.isDefault) await clearDefault(tx, userId, id);
    const [row] = await tx
      .update(addresses)
      .set({ ...fields(input), isDefault, updatedAt: sql`now()` })
      .where(and(eq(addresses.id, id), eq(addresses.userId, userId)))
      .returning();
    if (!row) return NOT_FOUND;
    return { ok: true, address: toSaved(row) } as const;
  });
}

export async function setDefaultAddress(db: Db, userId: number, id: number): Promise<AddressResult> {
  return db.transaction(async (tx) => {
    await lockOwner(tx, userId);
    const [current] = await tx
      .select()
      .from(addresses)
      .where(and(eq(addresses.id, id), eq(addresses.userId, userId)));
    if (!current) return NOT_FOUND;
    if (current.isDefault) return { ok: true, address: toSaved(current) } as const;
    await clearDefault(tx, userId, id);
    const [row] = await tx
      .update(addresses)
      .set({ isDefault: true, updatedAt: sql`now()` })
      .where(and(eq(addresses.id, id), eq(addresses.userId, userId)))
      .returning();
    if (!row) return NOT_FOUND;
    return { ok: true, address: toSaved(row) } as const;
  });
}

export async function deleteAddress(
  db: Db,
  userId: number,
  id: number,
): Promise<{ ok: true; newDefaultId: number | null } | typeof NOT_FOUND> {
  return db.transaction(async (tx) => {
    await lockOwner(tx, userId);
    const [deleted] = await tx
      .delete(addresses)
      .where(and(eq(addresses.id, id), eq(addresses.userId, userId)))
      .returning();
    if (!deleted) return NOT_FOUND;
    if (!deleted.isDefault) return { ok: true, newDefaultId: null } as const;
    const [next] = await tx
      .select({ id: addresses.id })
      .from(addresses)
      .where(eq(addresses.userId, userId))
      .orderBy(desc(addresses.updatedAt), desc(addresses.id))
      .limit(1);
    if (!next) return { ok: true, newDefaultId: null } as const;
    await tx
      .update(addresses)
      .set({ isDefault: true, updatedAt: sql`now()` })
      .where(and(eq(addresses.id, next.id), eq(addresses.userId, userId)));
    return { ok: true, newDefaultId: next.id } as const;
  });
}
