import { mkdir, writeFile } from 'node:fs/promises';
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
