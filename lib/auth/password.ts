import 'server-only';
import { type Algorithm, hash, verify } from '@node-rs/argon2';
import { getEnv } from '@/lib/env';

// Passwords are hashed with argon2id (memory-hard). The cost comes from the environment so it can be
// raised as hardware allows; the defaults (19 MiB, 2 passes) are OWASP's minimum and take ~30-60 ms
// here. A stored hash carries its own parameters, so raising the cost never locks anybody out.

// The package's Algorithm is a const enum, which isolated modules cannot read: 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;

export type HashCost = { memoryCost: number; timeCost: number };

export function envHashCost(): HashCost {
  const env = getEnv();
  return { memoryCost: env.PASSWORD_HASH_MEMORY_KIB, timeCost: env.PASSWORD_HASH_PASSES };
}

export function hashPassword(password: string, cost: HashCost = envHashCost()): Promise<string> {
  return hash(password, { algorithm: ARGON2ID, parallelism: 1, ...cost });
}

/** false for a wrong password and for a malformed stored hash alike. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

let decoy: Promise<string> | undefined;

/**
 * Spends the time of one verification when there is no account, so that "no such e-mail" and
 * "wrong password" cannot be told apart by how long the answer takes.
 */
export async function verifyDecoy(password: string): Promise<false> {
  decoy ??= hashPassword('decoy-password-that-never-matches');
  await verifyPassword(await decoy, password);
  return false;
}
