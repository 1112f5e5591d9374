import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';

// What the per-request log line knows beyond the HTTP exchange: who asked and which order it was about.
// The HTTP instrumentation (lib/log/http-instrumentation.ts) opens one context per incoming request;
// code that learns these facts (the session guard, checkout, order pages, webhooks) adds them here.
// The storage is kept on globalThis: Next bundles this module more than once (instrumentation, route
// handlers, pages), and every copy must see the same store.

export type RequestContext = {
  requestId: string;
  userId?: number;
  userRole?: string;
  orderNumber?: string;
};

const key = Symbol.for('audio-tai-loc.request-context');
type GlobalWithContext = typeof globalThis & { [key]?: AsyncLocalStorage<RequestContext> };

export function requestContextStorage(): AsyncLocalStorage<RequestContext> {
  const g = globalThis as GlobalWithContext;
  g[key] ??= new AsyncLocalStorage<RequestContext>();
  return g[key];
}

export function currentRequestContext(): RequestContext | undefined {
  return requestContextStorage().getStore();
}

/** Adds facts to the current request's log line; outside a request (workers, scripts) it does nothing. */
export function annotateRequest(fields: Partial<Omit<RequestContext, 'requestId'>>): void {
  const ctx = currentRequestContext();
  if (!ctx) return;
  if (fields.userId !== undefined) ctx.userId = fields.userId;
  if (fields.userRole !== undefined) ctx.userRole = fields.userRole;
  if (fields.orderNumber !== undefined) ctx.orderNumber = fields.orderNumber;
}
