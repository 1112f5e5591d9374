import { spawnSync } from 'node:child_process';
import { requireOrSkip } from './services';

// promtool ships with Debian's `prometheus` package (.ci/run installs it). PROMTOOL overrides the path.
export const PROMTOOL = process.env.PROMTOOL ?? 'promtool';

export function promtoolAvailable(): boolean {
  const probe = spawnSync(PROMTOOL, ['--version'], { encoding: 'utf8' });
  return requireOrSkip(probe.status === 0, `promtool (${PROMTOOL})`);
}

export function promtool(args: string[], cwd?: string): { status: number | null; output: string } {
  const run = spawnSync(PROMTOOL, args, { encoding: 'utf8', cwd });
  return { status: run.status, output: `${run.stdout ?? ''}${run.stderr ?? ''}` };
}
