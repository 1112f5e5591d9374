import { describe, expect, it } from 'vitest';
import { jsonResponse } from './handler';

// Small JSON answers opt out of Next's gzip step with `no-transform` (compression skips such responses).
describe('jsonResponse', () => {
  it('marks the answer no-transform, keeping a Cache-Control it was given', async () => {
    const plain = jsonResponse({ ok: true }, { status: 201 });
    expect(plain.status).toBe(201);
    expect(plain.headers.get('cache-control')).toBe('no-transform');
    expect(plain.headers.get('content-type')).toContain('application/json');
    expect(await plain.json()).toEqual({ ok: true });

    const noStore = jsonResponse({ ok: true }, { headers: { 'cache-control': 'no-store' } });
    expect(noStore.headers.get('cache-control')).toBe('no-store, no-transform');
  });
});
