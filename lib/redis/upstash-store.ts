import 'server-only';
import { Redis } from '@upstash/redis';
import { type CommandRunner, createCommandStore } from './command-store';
import type { RedisBackendImpl } from './types';

// Upstash Redis over its REST API, for serverless hosting where a TCP connection per instance is a
// poor fit. Client settings, and why:
// - automaticDeserialization: false. By default the client JSON.parses every reply, so a stored "123"
//   would come back as the number 123 and '{"a":1}' as an object; we return what Redis holds.
// - responseEncoding left at its default, "base64": the server base64-encodes strings and the client
//   decodes them as UTF-8, which keeps any byte sequence intact inside the JSON envelope.
// - a per-request timeout and one quick retry (the default is 5 retries with exponential backoff,
//   about 11 s) so that a request fails fast and the cart answers 503 instead of hanging.
// - no telemetry headers.

const REQUEST_TIMEOUT_MS = 2_000;

export type UpstashStoreOptions = { url: string; token: string };

export function createUpstashStore({ url, token }: UpstashStoreOptions): RedisBackendImpl {
  const client = new Redis({
    url,
    token,
    automaticDeserialization: false,
    enableTelemetry: false,
    retry: { retries: 1, backoff: () => 100 },
    // A function, so each request gets its own timer (a shared signal would abort everything after it).
    signal: () => AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const runner: CommandRunner = {
    backend: 'upstash',
    call: (command) => client.exec(command),
    close: async () => {}, // stateless HTTP
  };
  return createCommandStore(runner);
}
