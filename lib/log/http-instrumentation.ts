import 'server-only';
import { randomUUID } from 'node:crypto';
import diagnosticsChannel from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { metrics } from '@/lib/metrics/registry';
import { logger } from './logger';
import { type RequestContext, requestContextStorage } from './request-context';
import { loadRouteMatcher, type RouteMatcher } from './route-pattern';

// Every HTTP request this instance serves – pages, server actions, route handlers, assets – is timed
// and logged here, from Node's own HTTP diagnostics channels, so no route has to remember to do it:
//   - request start: take the request id from the load balancer (X-Request-Id) or make one and put it
//     on the request, so proxy.ts, route handlers and the log line all use the same id; open the
//     request's context (user, order) for the code that handles it;
//   - response finish: one histogram sample by route pattern and status, and one log line.
// The log line carries the route pattern, never the URL: paths and query strings can hold order
// access tokens and cart ids.

type Message = { request: IncomingMessage; response: ServerResponse };

type Tracked = { started: bigint; context: RequestContext };

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
/** Requests logged at debug level only: static assets and the load balancer's health probes. */
const QUIET = new Set(['/_next/static', '/_next/image', '/[public file]', '/api/health']);

const key = Symbol.for('audio-tai-loc.http-instrumentation');
type GlobalWithFlag = typeof globalThis & { [key]?: boolean };

export function startHttpInstrumentation(matcher: RouteMatcher = loadRouteMatcher()): void {
  const g = globalThis as GlobalWithFlag;
  if (g[key]) return;
  g[key] = true;

  const tracked = new WeakMap<IncomingMessage, Tracked>();
  const storage = requestContextStorage();
  const { httpDuration } = metrics();

  diagnosticsChannel.subscribe('http.server.request.start', (message) => {
    const { request, response } = message as Message;
    const given = request.headers['x-request-id'];
    const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    request.headers['x-request-id'] = requestId;
    response.setHeader('x-request-id', requestId);
    const context: RequestContext = { requestId };
    tracked.set(request, { started: process.hrtime.bigint(), context });
    // Published synchronously just before the server's 'request' event: what runs for this request
    // from here on (Next's handler and everything it awaits) sees this context.
    storage.enterWith(context);
  });

  diagnosticsChannel.subscribe('http.server.response.finish', (message) => {
    const { request, response } = message as Message;
    const t = tracked.get(request);
    if (!t) return;
    tracked.delete(request);
    const ns = process.hrtime.bigint() - t.started;
    const seconds = Number(ns) / 1e9;
    const pathname = (request.url ?? '/').split('?')[0] ?? '/';
    const route = matcher(pathname);
    const method = request.method ?? 'GET';
    const status = response.statusCode;
    httpDuration.observe({ method, route, status: String(status) }, seconds);
    const level = QUIET.has(route) && status < 400 ? 'debug' : status >= 500 ? 'error' : 'info';
    const { context } = t;
    logger[level](
      {
        http: {
          request: { id: context.requestId, method },
          response: { status_code: status },
        },
        event: { duration: Number(ns) },
        labels: {
          route,
          ...(context.orderNumber ? { order_number: context.orderNumber } : {}),
        },
        ...(context.userId !== undefined
          ? { user: { id: String(context.userId), roles: context.userRole ? [context.userRole] : [] } }
          : {}),
      },
      `${method} ${route} ${status} ${Math.round(seconds * 1000)}ms`,
    );
  });
}
