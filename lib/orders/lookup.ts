import 'server-only';
import { and, eq } from 'drizzle-orm';
import { orders } from '@/db/schema';
import { normalizePhone } from '@/lib/checkout/schemas';
import type { Db } from '@/lib/db/types';
import { orderAccessToken } from './access-token';

// "Tra cứu đơn hàng": a shopper who lost the link finds the order by its number and the phone it was
// placed with; a match gives back the token that opens it. The caller rate-limits attempts.
export async function lookupOrderToken(db: Db, number: string, phone: string): Promise<string | null> {
  const [row] = await db
    .select({ number: orders.number })
    .from(orders)
    .where(and(eq(orders.number, number.trim().toUpperCase()), eq(orders.contactPhone, normalizePhone(phone))));
  return row ? orderAccessToken(row.number) : null;
}
