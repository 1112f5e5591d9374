import 'server-only';
import NextAuth, { CredentialsSignin, type DefaultSession, type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import Google from 'next-auth/providers/google';
import type { UserRole } from '@/db/schema';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { logger } from '@/lib/log/logger';
import { clientIp } from '@/lib/http/client-ip';
import { getRedis } from '@/lib/redis/client';
import { signInSchema } from './schemas';
import { authenticate } from './sign-in';
import { upsertGoogleUser } from './google';
import { adoptCartOnSignIn } from './sign-in-cart';
import { getUserByEmail } from './users';

// Auth.js (next-auth v5) set up once. The rest of the app imports our helpers in lib/auth/session.ts,
// never next-auth itself. Sessions are JWTs in an encrypted cookie carrying the user id and role; the
// guards re-read the user from the database, so a demoted or disabled account loses access at once.

declare module 'next-auth' {
  interface User {
    role?: UserRole;
    sessionVersion?: number;
  }
  interface Session {
    user: { id: string; role: UserRole; sv?: number } & DefaultSession['user'];
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    uid?: number;
    role?: UserRole;
    /** The user's session version at sign-in; the guards refuse the cookie once the database has moved on. */
    sv?: number;
  }
}

class RateLimitedSignIn extends CredentialsSignin {
  override code = 'rate_limited';
}

export const SIGN_IN_PATH = '/dang-nhap';

function config(): NextAuthConfig {
  const env = getEnv();
  const providers: NextAuthConfig['providers'] = [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const result = await authenticate(await getDb(), await getRedis(), parsed.data, clientIp(request.headers));
        if (!result.ok) {
          if (result.code === 'rate_limited') throw new RateLimitedSignIn();
          return null;
        }
        return {
          id: String(result.user.id),
          email: result.user.email,
          name: result.user.name,
          role: result.user.role,
          sessionVersion: result.user.sessionVersion,
        };
      },
    }),
  ];
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) {
    providers.push(Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET }));
  }
  return {
    secret: env.AUTH_SECRET,
    // Behind our load balancer the host comes from X-Forwarded-Host; SITE_URL pins canonical links elsewhere.
    trustHost: true,
    session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: SIGN_IN_PATH, error: SIGN_IN_PATH },
    providers,
    logger: {
      error: (error) => logger.warn({ err: { name: error.name, message: error.message } }, 'auth error'),
      warn: (code) => logger.warn({ code }, 'auth warning'),
      debug: () => {},
    },
    events: {
      async signIn({ user, account }) {
        const id =
          account?.provider === 'google' && user.email
            ? (await getUserByEmail(await getDb(), user.email))?.id
            : Number(user.id);
        if (id) await adoptCartOnSignIn(id);
      },
    },
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== 'google') return true;
        // Only a Google account whose mailbox Google has verified may claim an e-mail here.
        if (!profile?.email || profile.email_verified !== true) return false;
        const user = await upsertGoogleUser(await getDb(), profile.email, profile.name ?? '');
        return user !== undefined;
      },
      async jwt({ token, user, account }) {
        if (account?.provider === 'google' && token.email) {
          const row = await upsertGoogleUser(await getDb(), token.email, token.name ?? '');
          if (row) {
            token.uid = row.id;
            token.role = row.role;
            token.sv = row.sessionVersion;
          }
        } else if (user?.id) {
          token.uid = Number(user.id);
          token.role = user.role ?? 'customer';
          token.sv = user.sessionVersion ?? 0;
        }
        return token;
      },
      session({ session, token }) {
        if (token.uid) {
          session.user.id = String(token.uid);
          session.user.role = (token.role as UserRole | undefined) ?? 'customer';
          session.user.sv = token.sv ?? 0;
        }
        return session;
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => config());

export function googleSignInEnabled(): boolean {
  const env = getEnv();
  return Boolean(env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET);
}
