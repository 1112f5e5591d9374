import http from 'node:http';
import type net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installFrontDoorHook } from '@/lib/http/front-door-hook';
import { peerAddressHeader, resolveClientIp } from '@/lib/http/proxy-trust';

// The hook on a real Node HTTP server: every request carries its socket's address under the process's secret
// header name, whatever the caller sent under that name or in X-Forwarded-For; a request the front door refuses
// reaches the server's handler re-pointed at /api/refused, its server-action header gone.

describe('peer address hook', () => {
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    installFrontDoorHook();
    server = http.createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      const headers = new Headers(req.headers as Record<string, string>);
      res.end(
        JSON.stringify({
          url: req.url,
          action: req.headers['next-action'] ?? null,
          peer: headers.get(peerAddressHeader()),
          client: resolveClientIp(headers.get(peerAddressHeader()), headers.get('x-forwarded-for'), {
            proxies: null,
            hops: 0,
          }),
        }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('overwrites a forged peer header and ignores X-Forwarded-For without trusted proxies', async () => {
    const res = await fetch(url, { headers: { [peerAddressHeader()]: '6.6.6.6', 'x-forwarded-for': '7.7.7.7' } });
    expect(await res.json()).toEqual({ url: '/', action: null, peer: '127.0.0.1', client: '127.0.0.1' });
  });

  it('re-points a refused request at /api/refused before the handler sees it', async () => {
    const bad = await fetch(`${url}san-pham/%E0%A4%A?x=1`);
    expect(((await bad.json()) as { url: string }).url).toBe('/api/refused?code=bad_encoding');
    const nul = await fetch(`${url}danh-muc/loa?brand=%00`);
    expect(((await nul.json()) as { url: string }).url).toBe('/api/refused?code=bad_characters');
    const crossSite = await fetch(`${url}thanh-toan`, {
      method: 'POST',
      headers: { 'next-action': 'abc', origin: 'https://evil.example' },
      body: '[]',
    });
    expect(await crossSite.json()).toMatchObject({ url: '/api/refused?code=cross_site', action: null });
    const fine = await fetch(`${url}tim-kiem?q=lo%E1%BA%A1`);
    expect(((await fine.json()) as { url: string }).url).toBe('/tim-kiem?q=lo%E1%BA%A1');
  });
});
