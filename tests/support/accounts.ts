import type { UserRole } from '@/db/schema';
import { upsertAccountWithRole } from '@/lib/auth/staff-accounts';
import type { Db } from '@/lib/db/types';

// Accounts for tests, and signing in over HTTP the way a browser does (Auth.js's CSRF dance), so that
// route tests run with real session cookies.

let seq = 0;
/** A cheap hash cost: these passwords protect nothing, and each test signs in several accounts. */
const TEST_COST = { memoryCost: 8192, timeCost: 1 };

export type TestAccount = { id: number; email: string; password: string; role: UserRole };

export async function createAccount(db: Db, role: UserRole, label: string = role): Promise<TestAccount> {
  const email = `${label}-${Date.now().toString(36)}-${process.pid}-${seq++}@test.audiotailoc.vn`;
  const password = `mat-khau-${role}-${seq}-thu-nghiem`;
  const { user } = await upsertAccountWithRole(db, { email, name: `Thử nghiệm ${role}`, password, role }, TEST_COST);
  return { id: user.id, email, password, role };
}

/** Cookies as a Cookie header, updated from each response's Set-Cookie. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();
  update(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (!pair || eq < 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  has(name: string): boolean {
    return this.cookies.has(name);
  }
}

export async function postCredentials(
  baseUrl: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<{ res: Response; jar: CookieJar }> {
  const jar = new CookieJar();
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`, { headers });
  jar.update(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  jar.update(res);
  return { res, jar };
}

/** Signs in and returns the session's cookies; throws if the sign-in did not create a session. */
export async function signInOverHttp(
  baseUrl: string,
  account: Pick<TestAccount, 'email' | 'password'>,
): Promise<CookieJar> {
  const { res, jar } = await postCredentials(baseUrl, account.email, account.password, {
    // Each sign-in from its own address: the per-address limit is not what these tests are about.
    'x-forwarded-for': `10.${seq % 250}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  });
  if (!jar.has('authjs.session-token')) throw new Error(`sign-in failed for ${account.email}: HTTP ${res.status}`);
  return jar;
}
