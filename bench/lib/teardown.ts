import { rm } from 'node:fs/promises';
import { dropBenchDatabase } from './database';
import { stopProcessGroup } from './process';
import { deleteRedisKeys } from './redis';

// Teardown steps as plain data, so that the guardian process (guardian.ts) can carry them out when the
// benchmark process itself no longer can.

export type TeardownTask =
  | { kind: 'stop-process-group'; pid: number; label: string }
  | { kind: 'drop-database'; adminUrl: string; name: string }
  | { kind: 'delete-redis-keys'; url: string; prefix: string }
  | { kind: 'remove-dir'; path: string };

export async function runTeardownTask(task: TeardownTask): Promise<void> {
  switch (task.kind) {
    case 'stop-process-group':
      return stopProcessGroup(task.pid, task.label);
    case 'drop-database':
      return dropBenchDatabase(task.adminUrl, task.name);
    case 'delete-redis-keys':
      return deleteRedisKeys(task.url, task.prefix);
    case 'remove-dir':
      return rm(task.path, { recursive: true, force: true });
    default: {
      const unknown: never = task;
      throw new Error(`unknown teardown task ${JSON.stringify(unknown)}`);
    }
  }
}

/** Newest first (the server stops before its database is dropped); one failure does not stop the rest. */
export async function runTeardown(tasks: readonly TeardownTask[]): Promise<void> {
  for (const task of [...tasks].reverse()) {
    try {
      await runTeardownTask(task);
    } catch (err) {
      console.error(`teardown ${task.kind} failed:`, err instanceof Error ? err.message : err);
    }
  }
}
