import 'server-only';
import type { RedisBackendImpl, RedisCommands } from './types';

// The commands written once as Redis command arrays, for the two backends that speak to a real Redis
// (ioredis over TCP, Upstash over HTTPS). The compound operations are Lua scripts, which Redis runs
// atomically and Upstash supports through EVAL; a script is a single round trip on both backends.

export type RedisArg = string | number;
export type RedisCommand = [name: string, ...args: RedisArg[]];

/** Sends one command and resolves with its reply as the client decoded it, or rejects. */
export type CommandRunner = {
  readonly backend: 'ioredis' | 'upstash';
  call(command: RedisCommand): Promise<unknown>;
  close(): Promise<void>;
};

// KEYS[1] the hash; ARGV[1] the TTL in ms, then field, value, field, value…
const HSET_WITH_TTL = `
local added = 0
if #ARGV > 1 then added = redis.call('HSET', KEYS[1], unpack(ARGV, 2)) end
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return added`;

// KEYS[1] the hash; ARGV field, increment, TTL in ms.
const HINCRBY_WITH_TTL = `
local value = redis.call('HINCRBY', KEYS[1], ARGV[1], ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return value`;

// KEYS[1] the counter; ARGV[1] the TTL in ms. A counter without a TTL (left by a crash of an older
// non-atomic writer, or set by hand) gets one too, so it can never block forever.
const INCR_WITH_TTL = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}`;

// KEYS[1] the lock; ARGV[1] the owner's token.
const RELEASE_LOCK = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

function unexpected(command: string, reply: unknown): TypeError {
  return new TypeError(`unexpected reply to ${command}: ${JSON.stringify(reply)?.slice(0, 100)}`);
}

function integer(command: string, reply: unknown): number {
  if (typeof reply === 'number' && Number.isInteger(reply)) return reply;
  throw unexpected(command, reply);
}

/** HGETALL's flat [field, value, …] array; an object too, which ioredis makes of lower-case `hgetall`. */
function hashReply(reply: unknown): Record<string, string> {
  const entries: [unknown, unknown][] = [];
  if (Array.isArray(reply) && reply.length % 2 === 0) {
    for (let i = 0; i < reply.length; i += 2) entries.push([reply[i], reply[i + 1]]);
  } else if (reply !== null && typeof reply === 'object' && !Array.isArray(reply)) {
    entries.push(...Object.entries(reply));
  } else {
    throw unexpected('HGETALL', reply);
  }
  const hash: [string, string][] = [];
  for (const [field, value] of entries) {
    if (typeof field !== 'string' || typeof value !== 'string') throw unexpected('HGETALL', reply);
    hash.push([field, value]);
  }
  return Object.fromEntries(hash);
}

function flatten(fields: Record<string, string | number>): string[] {
  return Object.entries(fields).flatMap(([field, value]) => [field, String(value)]);
}

export function createCommandStore(runner: CommandRunner): RedisBackendImpl {
  const { call } = runner;
  const evalScript = (script: string, key: string, args: RedisArg[]) => call(['EVAL', script, 1, key, ...args]);

  const commands: RedisCommands = {
    async get(key) {
      const reply = await call(['GET', key]);
      if (reply === null || typeof reply === 'string') return reply;
      throw unexpected('GET', reply);
    },
    async set(key, value, { ttlMs, nx } = {}) {
      const command: RedisCommand = ['SET', key, value];
      if (ttlMs !== undefined) command.push('PX', ttlMs);
      if (nx) command.push('NX');
      const reply = await call(command);
      if (reply === 'OK') return true;
      if (reply === null) return false;
      throw unexpected('SET', reply);
    },
    async del(...keys) {
      return integer('DEL', await call(['DEL', ...keys]));
    },
    async expire(key, ttlMs) {
      return integer('PEXPIRE', await call(['PEXPIRE', key, ttlMs])) === 1;
    },
    async pttl(key) {
      return integer('PTTL', await call(['PTTL', key]));
    },
    async hgetall(key) {
      return hashReply(await call(['HGETALL', key]));
    },
    async hset(key, fields) {
      return integer('HSET', await call(['HSET', key, ...flatten(fields)]));
    },
    async hsetWithTtl(key, fields, ttlMs) {
      return integer('HSET+PEXPIRE', await evalScript(HSET_WITH_TTL, key, [ttlMs, ...flatten(fields)]));
    },
    async hincrby(key, field, by, { ttlMs } = {}) {
      const reply =
        ttlMs === undefined
          ? await call(['HINCRBY', key, field, by])
          : await evalScript(HINCRBY_WITH_TTL, key, [field, by, ttlMs]);
      return integer('HINCRBY', reply);
    },
    async hdel(key, ...fields) {
      return integer('HDEL', await call(['HDEL', key, ...fields]));
    },
    async incrWithTtl(key, ttlMs) {
      const reply = await evalScript(INCR_WITH_TTL, key, [ttlMs]);
      if (!Array.isArray(reply) || reply.length !== 2) throw unexpected('INCR+PEXPIRE', reply);
      return { count: integer('INCR', reply[0]), ttlMs: integer('PTTL', reply[1]) };
    },
    async releaseLock(key, token) {
      return integer('release lock', await evalScript(RELEASE_LOCK, key, [token])) === 1;
    },
    async ping() {
      await call(['PING']);
    },
  };
  return { ...commands, backend: runner.backend, close: () => runner.close() };
}
