import { eq, sql } from 'drizzle-orm';
import { type UserRole, users } from '@/db/schema';
import type { Db } from '@/lib/db/types';
import { type HashCost, hashPassword } from './password';
import { normalizeEmail, type UserRow } from './users';

// Creating staff accounts outside the web UI: `npm run admin:create` and the development demo seed.
// (No 'server-only': the CLI imports it.)

export async function upsertAccountWithRole(
  db: Db,
  input: { email: string; name: string; password: string; role: UserRole },
  cost?: HashCost,
): Promise<{ user: UserRow; created: boolean }> {
  const passwordHash = await hashPassword(input.password, cost);
  const email = normalizeEmail(input.email);
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  const [user] = await db
    .insert(users)
    .values({ email, name: input.name, passwordHash, role: input.role, emailVerifiedAt: sql`now()` })
    .onConflictDoUpdate({
      target: users.email,
      set: { passwordHash, role: input.role, disabledAt: null, updatedAt: sql`now()` },
    })
    .returning();
  if (!user) throw new Error('upsert returned no row');
  return { user, created: !existing };
}

export const DEMO_ADMIN = {
  email: 'admin@audiotailoc.local',
  password: 'admin-demo-2026',
  name: 'Quản trị demo',
} as const;

/** Development only: a known admin account so that /admin can be tried right after `npm run dev`. */
export async function seedDemoAdmin(db: Db, nodeEnv: string): Promise<void> {
  if (nodeEnv === 'production') return;
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_ADMIN.email)).limit(1);
  if (existing) return;
  await upsertAccountWithRole(db, { ...DEMO_ADMIN, role: 'admin' });
  console.log(
    `\n  Demo admin (development only): ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}  ->  http://localhost:3000/admin\n`,
  );
}
