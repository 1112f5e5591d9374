import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

// bench/results/ is git-ignored: runs are compared by hand or by CI artefacts, not committed.
const resultsDir = fileURLToPath(new URL('../results/', import.meta.url));

/** Writes `bench/results/<fileName>` and returns its path. */
export async function writeResult(fileName: string, data: unknown): Promise<string> {
  await mkdir(resultsDir, { recursive: true });
  const path = `${resultsDir}${fileName}`;
  await writeFile(path, `${JSON.stringify(data, null, 2)}\n`);
  return path;
}

export type Machine = { cpus: number; loadAverage1mBefore: number; node: string; platform: string };

/**
 * The server and the load generator share this machine: whatever else runs on it skews the numbers.
 * Call before the benchmark's own work adds to the load average.
 */
export function describeMachine(): Machine {
  return {
    cpus: availableParallelism(),
    loadAverage1mBefore: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    node: process.version,
    platform: process.platform,
  };
}

/** A warning when the machine was busy before the run; null when it was not. */
export function noisyMachineNote(m: Machine): string | null {
  return m.loadAverage1mBefore > m.cpus / 2
    ? `note: load average was ${m.loadAverage1mBefore.toFixed(1)} on ${m.cpus} cores before the run: numbers are noisy`
    : null;
}
