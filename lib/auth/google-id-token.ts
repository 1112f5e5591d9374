import 'server-only';
import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import { getEnv } from '@/lib/env';

// Google Sign-In on the device hands the app an ID token: a JWT signed by Google. It is checked here against
// the keys Google publishes (AUTH_GOOGLE_JWKS_URL; jose fetches and caches them, and refetches for an
// unknown key id), its issuer, its audience (one of our client ids) and its expiry. Only a mailbox Google
// has verified may claim an e-mail here.

const GOOGLE_ISSUERS = ['https://accounts.google.com', 'accounts.google.com'];

let keySet: { url: string; jwks: ReturnType<typeof createRemoteJWKSet> } | undefined;

function googleKeys(url: string) {
  if (keySet?.url !== url) keySet = { url, jwks: createRemoteJWKSet(new URL(url), { timeoutDuration: 5000 }) };
  return keySet.jwks;
}

/** The client ids whose ID tokens we accept: the mobile apps' and the web's. Empty: Google sign-in is off. */
export function googleAudiences(env = getEnv()): string[] {
  return [...env.AUTH_GOOGLE_MOBILE_CLIENT_IDS, ...(env.AUTH_GOOGLE_ID ? [env.AUTH_GOOGLE_ID] : [])];
}

export type GoogleIdentity = { email: string; name: string; subject: string };

export type GoogleVerifyResult =
  | { ok: true; identity: GoogleIdentity }
  | { ok: false; code: 'invalid' | 'unverified_email' | 'unavailable' };

export async function verifyGoogleIdToken(idToken: string): Promise<GoogleVerifyResult> {
  const env = getEnv();
  const audience = googleAudiences(env);
  if (audience.length === 0) return { ok: false, code: 'unavailable' };
  try {
    const { payload } = await jwtVerify(idToken, googleKeys(env.AUTH_GOOGLE_JWKS_URL), {
      issuer: GOOGLE_ISSUERS,
      audience,
      algorithms: ['RS256'],
    });
    const email = typeof payload.email === 'string' ? payload.email : '';
    const verified = payload.email_verified === true || payload.email_verified === 'true';
    if (!email || !payload.sub) return { ok: false, code: 'invalid' };
    if (!verified) return { ok: false, code: 'unverified_email' };
    return {
      ok: true,
      identity: { email, name: typeof payload.name === 'string' ? payload.name : '', subject: payload.sub },
    };
  } catch (err) {
    // Google's key set out of reach is our outage, not a bad token.
    if (err instanceof errors.JWKSTimeout || (err instanceof Error && !(err instanceof errors.JOSEError))) {
      return { ok: false, code: 'unavailable' };
    }
    return { ok: false, code: 'invalid' };
  }
}
