import 'server-only';
import diagnostics from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { peerAddressHeader } from './proxy-trust';

// Next gives route handlers and server actions the request's headers but not its socket. Node publishes every
// incoming request on this channel before the server's 'request' listeners run, so the socket's peer address
// is copied into a header that only this process knows the name of (overwriting whatever the caller sent).

let installed = false;

export function installPeerAddressHook(): void {
  if (installed) return;
  installed = true;
  const header = peerAddressHeader();
  diagnostics.subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[header] = socket.remoteAddress ?? '';
  });
}
