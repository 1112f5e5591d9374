import http from 'node:http';
import type net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installFrontDoorHook } from '@/lib/http/front-door-hook';
import { peerAddressHeader, resolveClientIp } from '@/lib/http/proxy-trust';

// The hook on a real Node HTTP server: every request carries its socket's address under the process's secret
// header name, whatever the caller sent under that name or in X-Forwarded-For.

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
    expect(await res.json()).toEqual({ peer: '127.0.0.1', client: '127.0.0.1' });
  });
});
