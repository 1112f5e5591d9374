import 'server-only';
import { subscribe } from 'node:diagnostics_channel';
import type { ServerResponse } from 'node:http';
import { logger } from '@/lib/log/logger';

// Graceful shutdown (Next hands SIGTERM to us when NEXT_MANUAL_SIG_HANDLE is set):
//   1. /api/ready answers 503 at once, so the load balancer stops sending new requests;
//   2. requests in flight finish, for at most the drain period (SHUTDOWN_DRAIN_SECONDS);
//      meanwhile the job workers stop taking jobs and finish (or, at the deadline, release) theirs;
//   3. the "close" steps run (database pool, Redis, queues) and the process exits.
// Requests are counted through Node's HTTP diagnostics channel: every request of this process's servers,
// whatever Next does with it.

type Step = { name: string; run: (remainingMs: number) => Promise<void> };

type State = {
  draining: boolean;
  inFlight: number;
  installed: boolean;
  stopSteps: Step[];
  closeSteps: Step[];
};

const key = Symbol.for('audio-tai-loc.shutdown');
type GlobalWithShutdown = typeof globalThis & { [key]?: State };

function state(): State {
  const g = globalThis as GlobalWithShutdown;
  g[key] ??= { draining: false, inFlight: 0, installed: false, stopSteps: [], closeSteps: [] };
  return g[key];
}

export function isDraining(): boolean {
  return state().draining;
}

export function requestsInFlight(): number {
  return state().inFlight;
}

/** Work that stops taking new work at SIGTERM (job workers, timers), given the time left in the drain. */
export function onShutdownStop(name: string, run: Step['run']): void {
  state().stopSteps.push({ name, run });
}

/** Resources closed after the drain (pools, connections). */
export function onShutdownClose(name: string, run: Step['run']): void {
  state().closeSteps.push({ name, run });
}

const CLOSE_TIMEOUT_MS = 3_000;
const QUIET_MS = 250;
const QUIET_CHECKS = 10;

async function runSteps(steps: Step[], timeoutMs: number): Promise<void> {
  await Promise.all(
    steps.map(async (step) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          logger.warn({ step: step.name }, 'shutdown step did not finish in time');
          resolve();
        }, timeoutMs);
      });
      try {
        await Promise.race([step.run(timeoutMs), timeout]);
      } catch (err) {
        logger.warn({ err, step: step.name }, 'shutdown step failed');
      } finally {
        clearTimeout(timer);
      }
    }),
  );
}

export async function shutdown(drainMs: number, exit: (code: number) => void): Promise<void> {
  const s = state();
  if (s.draining) return;
  s.draining = true;
  const started = Date.now();
  const deadline = started + drainMs;
  logger.info({ inFlight: s.inFlight, drainMs }, 'SIGTERM: draining (ready answers 503)');
  const stopping = runSteps(s.stopSteps, drainMs);
  // Done when no request has been in flight for QUIET_MS and QUIET_CHECKS checks in a row, or at the
  // deadline. Counting checks as well as time: while the event loop is busy rendering, requests already
  // sent wait unread in their sockets; each check is a new timer, so between two checks the loop has read
  // its sockets once more, and a request that was waiting there has been counted.
  let quietSince = 0;
  let quietChecks = 0;
  while (Date.now() < deadline && !(quietChecks >= QUIET_CHECKS && Date.now() - quietSince >= QUIET_MS)) {
    await new Promise((r) => setTimeout(r, 25));
    if (s.inFlight > 0) {
      quietSince = 0;
      quietChecks = 0;
    } else {
      if (!quietSince) quietSince = Date.now();
      quietChecks += 1;
    }
  }
  const left = s.inFlight;
  await Promise.race([stopping, new Promise((r) => setTimeout(r, Math.max(0, deadline - Date.now())))]);
  await runSteps(s.closeSteps, CLOSE_TIMEOUT_MS);
  logger.info({ ms: Date.now() - started, unfinishedRequests: left }, 'shutdown complete');
  exit(0);
}

/** Counts requests and takes over SIGTERM/SIGINT. Once per process. */
export function installGracefulShutdown(options: {
  drainSeconds: number;
  manualSignals: boolean;
  production?: boolean;
}): void {
  const s = state();
  if (s.installed) return;
  s.installed = true;
  subscribe('http.server.request.start', (message) => {
    const { response } = message as { response: ServerResponse };
    s.inFlight += 1;
    response.once('close', () => {
      s.inFlight -= 1;
    });
  });
  if (!options.manualSignals) {
    if (options.production) {
      logger.warn('NEXT_MANUAL_SIG_HANDLE is not set: Next exits on SIGTERM at once, without draining requests');
    }
    return;
  }
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutdown signal');
    void shutdown(options.drainSeconds * 1000, (code) => process.exit(code));
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}
