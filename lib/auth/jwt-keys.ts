import 'server-only';
import { createHmac } from 'node:crypto';
import { errors, type JWTPayload, jwtVerify, SignJWT } from 'jose';
import { getEnv } from '@/lib/env';

// The keys that sign the mobile app's access tokens (HS256: the server both signs and checks them). Each key
// has an id, written in the token's header: the first key of AUTH_JWT_KEYS signs, every listed key verifies,
// so keys rotate without signing anybody out. Without AUTH_JWT_KEYS one key is derived from AUTH_SECRET.

export type JwtKey = { kid: string; secret: Uint8Array };

const encoder = new TextEncoder();

export function jwtKeys(env = getEnv()): JwtKey[] {
  if (env.AUTH_JWT_KEYS) return env.AUTH_JWT_KEYS.map((k) => ({ kid: k.kid, secret: encoder.encode(k.secret) }));
  const derived = createHmac('sha256', env.AUTH_SECRET).update('audio-tai-loc mobile access tokens').digest();
  return [{ kid: 'auth-secret', secret: new Uint8Array(derived) }];
}

export async function signJwt(
  claims: JWTPayload,
  options: { audience: string; issuer: string; ttlSeconds: number; subject: string },
  keys = jwtKeys(),
): Promise<string> {
  const [key] = keys;
  if (!key) throw new Error('no JWT signing key');
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', kid: key.kid, typ: 'JWT' })
    .setSubject(options.subject)
    .setAudience(options.audience)
    .setIssuer(options.issuer)
    .setIssuedAt()
    .setExpirationTime(`${options.ttlSeconds}s`)
    .sign(key.secret);
}

/** The payload of a valid token; null for anything else (bad signature, unknown key id, expired, wrong audience). */
export async function verifyJwt(
  token: string,
  options: { audience: string; issuer: string },
  keys = jwtKeys(),
): Promise<JWTPayload | null> {
  try {
    const { payload } = await jwtVerify(
      token,
      (header) => {
        const key = keys.find((k) => k.kid === header.kid);
        if (!key) throw new errors.JWKSNoMatchingKey();
        return key.secret;
      },
      { algorithms: ['HS256'], audience: options.audience, issuer: options.issuer },
    );
    return payload;
  } catch (err) {
    if (err instanceof errors.JOSEError) return null;
    throw err;
  }
}
