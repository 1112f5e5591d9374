import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runTeardown, type TeardownTask } from './teardown';

// Every resource a benchmark creates (database, Redis keys, server, browser) is registered here the moment
// it exists. The teardown runs exactly once: from the benchmark's `finally`, on Ctrl-C / SIGTERM, or, if
// this process dies first, from the guardian process, which holds a copy of the list (guardian.ts).

export type Cleanup = {
  add(task: TeardownTask): void;
  run(): Promise<void>;
};

const guardianPath = fileURLToPath(new URL('./guardian.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export async function createCleanup(): Promise<Cleanup> {
  const tasks: TeardownTask[] = [];
  const guardian = spawn(process.execPath, ['--import', 'tsx', guardianPath], {
    cwd: repoRoot, // where `tsx` resolves
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    guardian.once('message', () => resolve());
    guardian.once('error', reject);
    guardian.once('exit', (code) => reject(new Error(`cleanup guardian exited (${code}) before it was ready`)));
  });
  guardian.removeAllListeners('exit');
  // Neither the guardian nor its channel keeps this process alive; run() takes them back.
  guardian.unref();
  guardian.channel?.unref();

  let running: Promise<void> | undefined;
  const run = () => {
    running ??= (async () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      if (guardian.connected) {
        guardian.ref();
        guardian.channel?.ref();
        const exited = new Promise((resolve) => guardian.once('exit', resolve));
        guardian.send({ type: 'run' });
        await exited;
      } else {
        await runTeardown(tasks); // The guardian is gone: do it here.
      }
    })();
    return running;
  };

  function onSignal(signal: NodeJS.Signals) {
    console.error(`\n${signal}: cleaning up…`);
    void run().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  }
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  return {
    add: (task) => {
      tasks.push(task);
      if (guardian.connected) guardian.send({ type: 'add', task });
    },
    run,
  };
}
