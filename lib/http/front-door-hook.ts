import 'server-only';
import diagnostics from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { peerAddressHeader } from './proxy-trust';
import { refusalQuery } from './refusal';
import { REFUSAL_PATH, screenRequest } from './request-guard';

// Next gives route handlers and server actions the request's headers but not its socket, and it decodes paths
// before any of our code runs. Node publishes every incoming request on this channel before the server's
// 'request' listeners (Next) see it, so here, once per request:
// - the socket's peer address is copied into a header only this process knows the name of (overwriting whatever
//   the caller sent under it), for lib/http/client-ip.ts;
// - the front door (lib/http/request-guard.ts) screens the request line and headers; a refused request is
//   re-pointed at /api/refused, which answers it with a 4xx, and never reaches the route it named.

let installed = false;

export function installFrontDoorHook(): void {
  if (installed) return;
  installed = true;
  const header = peerAddressHeader();
  diagnostics.subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[header] = socket.remoteAddress ?? '';
    const refusal = screenRequest({
      method: request.method ?? 'GET',
      url: request.url ?? '/',
      headers: request.headers,
    });
    if (refusal) {
      request.url = `${REFUSAL_PATH}?${refusalQuery(refusal)}`;
      delete request.headers['next-action'];
      delete request.headers['next-router-state-tree'];
    }
  });
}
