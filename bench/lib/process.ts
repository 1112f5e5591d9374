import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';

/** Runs a command to completion with inherited output; rejects on a non-zero exit. */
export function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const label = [command, ...args].join(' ');
  console.log(`$ ${label}`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${label} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

/** Next's CLI, run with this Node directly rather than through npx. */
export const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');

function signalGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // ESRCH: the whole group is gone.
  }
}

/**
 * Stops a process group we started detached (its leader's pid is the group id): SIGTERM, then SIGKILL
 * after `graceMs`. Works from any process, not only the parent, so the guardian can do it too.
 */
export async function stopProcessGroup(pid: number, label: string, graceMs = 10_000): Promise<void> {
  if (!signalGroup(pid, 'SIGTERM')) return;
  const killAt = Date.now() + graceMs;
  const giveUpAt = killAt + 5_000;
  while (signalGroup(pid, 0)) {
    if (Date.now() > giveUpAt) throw new Error(`${label} (process group ${pid}) did not exit`);
    if (Date.now() > killAt) signalGroup(pid, 'SIGKILL');
    await sleep(100);
  }
  console.log(`stopped ${label}`);
}
