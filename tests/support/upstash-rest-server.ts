import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Redis from 'ioredis';

// A test-only stand-in for Upstash's REST API, executing on a real Redis through ioredis, so the Upstash
// backend of lib/redis runs against Redis semantics without an Upstash account. It speaks what
// @upstash/redis sends (read from node_modules/@upstash/redis/chunk-*.mjs, HttpClient.request):
// - POST <url>/            body ["CMD", arg…]        -> 200 {"result": …} | 400 {"error": "…"}
// - POST <url>/pipeline    body [["CMD", arg…], …]   -> 200 [{"result": …} | {"error": "…"}, …]
// - POST <url>/multi-exec  same body, in MULTI/EXEC  -> 200 as /pipeline; 400 {"error"} when aborted
// - `Authorization: Bearer <token>` is required (401 otherwise).
// - `Upstash-Encoding: base64` (the client's default) makes every string of a result base64 of its
//   UTF-8 bytes, as the client decodes them (numbers and null stay as they are, error texts are plain).
// The other headers it sends (upstash-sync-token, telemetry) are accepted and ignored.

export type UpstashRestServer = {
  url: string;
  token: string;
  close(): Promise<void>;
};

type Arg = string | number;
type Reply = { result: unknown } | { error: string };

const MAX_BODY_BYTES = 1024 * 1024;

class BadRequest extends Error {}

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new BadRequest('ERR request body too large');
    chunks.push(buf);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BadRequest('ERR failed to parse command');
  }
}

function toCommand(value: unknown): [string, ...Arg[]] {
  if (!Array.isArray(value) || value.length === 0) throw new BadRequest('ERR a command is a non-empty array');
  const args = value.map((v): Arg => {
    if (typeof v === 'string' || typeof v === 'number') return v;
    if (typeof v === 'boolean') return String(v);
    throw new BadRequest('ERR command arguments must be strings or numbers');
  });
  const [name, ...rest] = args;
  if (typeof name !== 'string') throw new BadRequest('ERR a command name must be a string');
  // Upper case also keeps ioredis' reply transformers out (they match lower-case names only, and would
  // turn HGETALL's flat array into an object): the replies stay as Redis sends them, like Upstash's.
  return [name.toUpperCase(), ...rest];
}

function toCommands(value: unknown): [string, ...Arg[]][] {
  if (!Array.isArray(value) || value.length === 0) throw new BadRequest('ERR expected an array of commands');
  return value.map(toCommand);
}

function encodeBase64(value: unknown): unknown {
  if (typeof value === 'string') return Buffer.from(value, 'utf8').toString('base64');
  if (Array.isArray(value)) return value.map(encodeBase64);
  return value;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export async function startUpstashRestServer(options: {
  redisUrl: string;
  token?: string;
}): Promise<UpstashRestServer> {
  const token = options.token ?? randomBytes(16).toString('hex');
  const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 1 });

  const toReply = (err: unknown, result: unknown, base64: boolean): Reply =>
    err ? { error: errorText(err) } : { result: base64 ? encodeBase64(result) : result };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.headers.authorization !== `Bearer ${token}`) return send(res, 401, { error: 'Unauthorized' });
    if (req.method !== 'POST') return send(res, 405, { error: 'ERR only POST is supported' });
    const base64 = req.headers['upstash-encoding'] === 'base64';
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const body = await readBody(req);

    if (path === '/') {
      const [name, ...args] = toCommand(body);
      try {
        return send(res, 200, toReply(null, await redis.call(name, ...args), base64));
      } catch (err) {
        return send(res, 400, toReply(err, null, base64));
      }
    }
    if (path === '/pipeline' || path === '/multi-exec') {
      const commands = toCommands(body);
      const batch = path === '/pipeline' ? redis.pipeline() : redis.multi();
      for (const [name, ...args] of commands) batch.call(name, ...args);
      let results: [Error | null, unknown][] | null;
      try {
        results = await batch.exec();
      } catch (err) {
        return send(res, 400, { error: errorText(err) }); // EXECABORT: nothing ran
      }
      if (!results) return send(res, 400, { error: 'EXECABORT Transaction discarded' });
      return send(
        res,
        200,
        results.map(([err, result]) => toReply(err, result, base64)),
      );
    }
    return send(res, 404, { error: `ERR unknown path ${path}` });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (res.headersSent) return res.destroy();
      send(res, err instanceof BadRequest ? 400 : 500, { error: errorText(err) });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    token,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await redis.quit();
    },
  };
}
