import 'server-only';
import type { Logger } from 'pino';
import { type CommandRunner, createCommandStore } from './command-store';
import { createIoredisClient, logOutages, whenReady } from './ioredis-client';
import type { RedisBackendImpl } from './types';

// TCP Redis through ioredis (connection options in ./ioredis-client.ts).

export type IoredisStoreOptions = { url: string; logger?: Pick<Logger, 'warn' | 'info'> };

export function createIoredisStore({ url, logger }: IoredisStoreOptions): RedisBackendImpl {
  const client = createIoredisClient({ url, connectionName: 'audio-tai-loc' });
  logOutages(client, logger, 'store');
  const ready = () => whenReady(client);

  const runner: CommandRunner = {
    backend: 'ioredis',
    async call([name, ...args]) {
      await ready();
      return client.call(name, ...args);
    },
    async close() {
      if (client.status === 'wait' || client.status === 'end') {
        client.disconnect();
        return;
      }
      try {
        await client.quit();
      } catch {
        client.disconnect();
      }
    },
  };
  return createCommandStore(runner);
}
