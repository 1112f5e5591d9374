import { hasControlChars } from '@/lib/core/text';

// The front door, run on every request before Next routes it (lib/http/front-door-hook.ts): what no route of
// ours can answer well is refused here with a 4xx instead of reaching code that would fail with a 500.
// - a path or query string with malformed percent-encoding (Next's decoding of dynamic segments throws);
// - a NUL or other control character anywhere in the path or query (PostgreSQL refuses NUL in text);
// - a server action posted from another site (Next refuses it, but as a 500);
// - a body larger than the route's cap, when its length is declared (the stream is capped again as it is read).

export type Refusal = { status: 400 | 403 | 413; code: 'bad_encoding' | 'bad_characters' | 'cross_site' | 'too_large' };

/** JSON API bodies; webhooks carry a gateway's signed payload; server action forms (Next's own cap is 1 MB). */
export const BODY_LIMITS = { api: 64 * 1024, webhook: 1024 * 1024, action: 1024 * 1024 } as const;

export function bodyLimitFor(path: string, isAction: boolean): number | null {
  if (path.startsWith('/api/webhooks/')) return BODY_LIMITS.webhook;
  // Staff upload images through their own route, which reads the multipart body with its own 5 MB cap.
  if (path === '/api/admin/uploads') return null;
  if (path.startsWith('/api/')) return BODY_LIMITS.api;
  return isAction ? BODY_LIMITS.action : null;
}

function decodes(component: string): string | null {
  try {
    return decodeURIComponent(component.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

type RequestHead = { method: string; url: string; headers: Record<string, string | string[] | undefined> };

const header = (h: RequestHead['headers'], name: string): string | undefined => {
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
};

export function screenRequest(req: RequestHead): Refusal | null {
  const queryAt = req.url.indexOf('?');
  const path = queryAt === -1 ? req.url : req.url.slice(0, queryAt);
  const query = queryAt === -1 ? '' : req.url.slice(queryAt + 1);
  for (const part of [...path.split('/'), ...query.split(/[&=]/)]) {
    if (!part) continue;
    const decoded = decodes(part);
    if (decoded === null) return { status: 400, code: 'bad_encoding' };
    if (hasControlChars(decoded)) return { status: 400, code: 'bad_characters' };
  }

  const isAction = req.method === 'POST' && header(req.headers, 'next-action') !== undefined;
  if (isAction) {
    // The same comparison Next makes (Origin's host against X-Forwarded-Host or Host), answered as a 403.
    const origin = header(req.headers, 'origin');
    const host = header(req.headers, 'x-forwarded-host') ?? header(req.headers, 'host');
    if (origin !== undefined) {
      let originHost: string | null = null;
      try {
        originHost = origin === 'null' ? null : new URL(origin).host;
      } catch {
        originHost = null;
      }
      if (!originHost || !host || originHost !== host.split(',')[0]?.trim()) return { status: 403, code: 'cross_site' };
    }
  }

  const limit = bodyLimitFor(path, isAction);
  const length = Number(header(req.headers, 'content-length') ?? 0);
  if (limit !== null && Number.isFinite(length) && length > limit) return { status: 413, code: 'too_large' };
  return null;
}

/** Where a refused request is sent: a route that answers it with the status and a Vietnamese message. */
export const REFUSAL_PATH = '/api/refused';
