import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLocalUploadSrc, localUploadExists, MAX_UPLOAD_BYTES, readLocalUpload, saveLocalUpload } from './local-store';

// A 1x1 PNG header is enough for the checks; the store never decodes pixels.
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  Buffer.from('IHDR'),
  Buffer.from([0, 0, 0, 2, 0, 0, 0, 3, 8, 2, 0, 0, 0]),
]);

describe('local upload store', () => {
  let root: string;
  let dir: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'atl-uploads-'));
    dir = path.join(root, 'uploads');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('saves an image under a random name and reads it back with its content type', async () => {
    const saved = await saveLocalUpload(dir, PNG);
    expect(saved).toMatchObject({ ok: true, width: 2, height: 3, kind: 'png' });
    if (!saved.ok) return;
    expect(saved.src).toMatch(/^\/uploads\/[a-f0-9]{32}\.png$/);
    expect(isLocalUploadSrc(saved.src)).toBe(true);
    expect(await localUploadExists(dir, saved.src)).toBe(true);
    const read = await readLocalUpload(dir, saved.src.slice('/uploads/'.length));
    expect(read?.mime).toBe('image/png');
    expect(read?.bytes.equals(PNG)).toBe(true);
  });

  it('refuses non-images, empty and oversized files, and writes nothing', async () => {
    await saveLocalUpload(dir, PNG);
    const before = (await readdir(dir)).length;
    expect(await saveLocalUpload(dir, Buffer.from('<svg/>'))).toMatchObject({ ok: false, code: 'unsupported' });
    expect(await saveLocalUpload(dir, new Uint8Array(0))).toMatchObject({ ok: false, code: 'empty' });
    const big = Buffer.concat([PNG, Buffer.alloc(MAX_UPLOAD_BYTES)]);
    expect(await saveLocalUpload(dir, big)).toMatchObject({ ok: false, code: 'too_large' });
    expect((await readdir(dir)).length).toBe(before);
  });

  it('never reads outside the folder or a name it could not have written', async () => {
    await writeFile(path.join(root, 'secret.png'), 'x');
    for (const name of ['../secret.png', '..%2Fsecret.png', 'a/b.png', `${'a'.repeat(32)}.svg`, '.env']) {
      expect(await readLocalUpload(dir, name)).toBeNull();
    }
    expect(await localUploadExists(dir, '/uploads/../../etc/passwd')).toBe(false);
    expect(await readLocalUpload(dir, `${'0'.repeat(32)}.png`)).toBeNull();
  });
});
