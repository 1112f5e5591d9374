import http from 'node:http';
import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';

// Hostile requests against the production build over raw HTTP (no client normalises them): malformed
// percent-encoding and control characters in any dynamic path or query, cross-site server actions, bodies over
// the caps (declared or chunked), a webhook nested 20,000 deep. None gets a 5xx; the front door answers 400, 403
// or 413 before the route runs. Then a property over random paths and queries of every page type.

const baseUrl = inject('baseUrl');

function raw(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string | string[],
): Promise<{ status: number; body: string }> {
  const url = new URL(baseUrl ?? 'http://127.0.0.1');
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path,
        // A string body is sent with its length declared; chunks go out chunked, with no length.
        headers: {
          ...headers,
          ...(typeof body === 'string' ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
          connection: 'close',
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          text += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    if (Array.isArray(body)) for (const chunk of body) req.write(chunk);
    else if (body !== undefined) req.write(body);
    req.end();
  });
}

describe.skipIf(!baseUrl)('the front door over HTTP', () => {
  it('answers malformed percent-encoding and control characters with 400 on every kind of route', async () => {
    for (const path of [
      '/san-pham/%E0%A4%A',
      '/danh-muc/%',
      '/thuong-hieu/sony?brand=%zz',
      '/danh-muc/tai-nghe?brand=%00',
      '/san-pham/loa%00',
      '/tim-kiem?q=%00',
      '/don-hang/ATL-1%00?token=x',
      '/api/products/%C0',
      '/api/products?q=%00',
      '/sitemaps/%E0',
      '/uploads/%00.png',
    ]) {
      const res = await raw('GET', path);
      expect(res.status, path).toBe(400);
      expect(res.body, path).toMatch(/không hợp lệ/);
    }
  });

  it('answers a cross-site server action with 403, not 500', async () => {
    const res = await raw(
      'POST',
      '/thanh-toan',
      {
        'next-action': '7f0123456789abcdef0123456789abcdef01234567',
        origin: 'https://evil.example',
        'content-type': 'text/plain;charset=UTF-8',
      },
      '[]',
    );
    expect(res.status).toBe(403);
  });

  it('refuses API bodies over 64 KB, declared or chunked, and webhook bodies over 1 MB', async () => {
    const big = JSON.stringify({ note: 'x'.repeat(100 * 1024) });
    const declared = await raw('POST', '/api/checkout', { 'content-type': 'application/json' }, big);
    expect(declared.status).toBe(413);
    const chunks = Array.from({ length: 10 }, () => 'x'.repeat(10 * 1024));
    const chunked = await raw(
      'POST',
      '/api/checkout',
      { 'content-type': 'application/json', 'transfer-encoding': 'chunked', 'idempotency-key': 'k-fuzz-0001' },
      ['{"note":"', ...chunks, '"}'],
    );
    expect(chunked.status).toBe(413);
    const webhook = await raw(
      'POST',
      '/api/webhooks/payos',
      { 'content-type': 'application/json' },
      'x'.repeat(1100 * 1024),
    );
    expect(webhook.status).toBe(413);
  });

  it('answers a webhook nested 20,000 levels deep without a 5xx', async () => {
    const deep = `{"code":"00","data":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)},"signature":"x"}`;
    for (const path of ['/api/webhooks/payos', '/api/webhooks/momo']) {
      const res = await raw('POST', path, { 'content-type': 'application/json' }, deep);
      expect(res.status, path).toBeLessThan(500);
    }
  });

  it('no path or query on any page type gets a 5xx (property)', async () => {
    const segment = fc.oneof(
      fc.string({ maxLength: 20 }).map(encodeURIComponent),
      fc.stringMatching(/^[%a-zA-Z0-9._~-]{0,24}$/),
      fc.constantFrom('%00', '%E0%A4%A', '%', '..', '%2F..%2F', '2147483648', 'ATL-1', 'tai-nghe', '%C0%AE'),
    );
    const prefix = fc.constantFrom(
      '/san-pham/',
      '/danh-muc/',
      '/thuong-hieu/',
      '/don-hang/',
      '/api/products/',
      '/api/orders/',
      '/sitemaps/',
      '/uploads/',
      '/thanh-toan/ket-qua/payos/ATL-1/',
      '/tim-kiem?q=',
      '/danh-muc/tai-nghe?brand=',
      '/api/search/suggest?q=',
      '/api/address/wards?province=',
    );
    await fc.assert(
      fc.asyncProperty(prefix, segment, async (p, s) => {
        const res = await raw('GET', `${p}${s}`);
        expect(res.status, `${p}${s}`).toBeLessThan(500);
      }),
      { numRuns: 150, seed: 20261203 },
    );
  });
});
