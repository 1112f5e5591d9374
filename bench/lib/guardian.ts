import { runTeardown, type TeardownTask } from './teardown';

// Started by createCleanup() as a detached process (its own process group, so Ctrl-C does not reach it)
// with an IPC channel. It collects the run's teardown tasks and carries them out on request, or as soon as
// the benchmark process is gone without asking: a crash, `kill -9`, or tsx's SIGKILL of a child that was
// too busy (autocannon, Lighthouse) to acknowledge Ctrl-C within tsx's 60 ms.

type Message = { type: 'add'; task: TeardownTask } | { type: 'run' };

const tasks: TeardownTask[] = [];
let running = false;

async function run() {
  if (running) return;
  running = true;
  await runTeardown(tasks);
  process.exit(0);
}

process.on('message', (message: Message) => {
  if (message.type === 'add') tasks.push(message.task);
  else void run();
});
process.on('disconnect', () => void run());
process.send?.({ type: 'ready' });
