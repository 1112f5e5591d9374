import 'server-only';
import { type NextRequest, NextResponse } from 'next/server';
import type { z } from 'zod';
import { DATABASE_DOWN_MESSAGE } from '@/lib/core/outage-messages';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '@/lib/db/errors';
import { logger } from '@/lib/log/logger';
import { isRedisUnavailable } from '@/lib/redis/errors';
import { readJsonBody } from './body';
import { ApiError, type ApiErrorBody, validationError } from './errors';

// Wraps every route handler: expected failures (ApiError) become their JSON body and status; anything
// else is a bug, logged with the request id and answered with a generic 500 that leaks nothing. (Every
// request's own log line and latency sample come from lib/log/http-instrumentation.ts.)

export const REDIS_DOWN_MESSAGE = 'Giỏ hàng tạm thời không khả dụng, vui lòng thử lại sau ít phút.';

type Handler<C> = (req: NextRequest, ctx: C) => Promise<Response>;

export function requestId(req: Request): string {
  return req.headers.get('x-request-id') ?? crypto.randomUUID();
}

/**
 * A small JSON answer (a cart, an order, an error), marked `no-transform` so that Next's compression step
 * leaves it alone: gzip costs a fresh zlib stream and an extra socket write (~1 ms of CPU) to save a few
 * hundred bytes. (Next drops a Content-Length set here, so its 1 kB threshold never applies to route handlers.)
 */
export function jsonResponse<T>(body: T, init: ResponseInit = {}): NextResponse<T> {
  const headers = new Headers(init.headers);
  const cacheControl = headers.get('cache-control');
  headers.set('cache-control', cacheControl ? `${cacheControl}, no-transform` : 'no-transform');
  return NextResponse.json(body, { ...init, headers });
}

export function errorResponse(err: ApiError, headers?: HeadersInit): NextResponse<ApiErrorBody> {
  const body: ApiErrorBody = {
    error: {
      code: err.code,
      message: err.message,
      ...(err.fields ? { fields: err.fields } : {}),
      ...(err.extra.items ? { items: err.extra.items } : {}),
    },
  };
  return jsonResponse(body, { status: err.status, headers });
}

export function apiRoute<C = unknown>(handler: Handler<C>): Handler<C> {
  return async (req, ctx) => {
    const id = requestId(req);
    try {
      const res = await handler(req, ctx);
      res.headers.set('x-request-id', id);
      return res;
    } catch (err) {
      if (err instanceof ApiError) {
        const retry = err.extra.retryAfterSeconds;
        return errorResponse(err, {
          ...err.extra.headers,
          'x-request-id': id,
          ...(retry ? { 'retry-after': String(retry) } : {}),
        });
      }
      if (isRedisUnavailable(err)) {
        // Carts and rate limits live in Redis: without it those routes say so, and the catalog keeps working.
        logger.error({ err, requestId: id }, 'Redis unavailable');
        return errorResponse(new ApiError(503, 'cart_unavailable', REDIS_DOWN_MESSAGE), {
          'x-request-id': id,
          'retry-after': '30',
        });
      }
      if (isDatabaseUnavailable(err)) {
        // A restart or failover of PostgreSQL: the client may retry (an Idempotency-Key makes a checkout retry safe).
        logger.error({ err, requestId: id, path: req.nextUrl.pathname }, 'database unavailable');
        return errorResponse(new ApiError(503, 'database_unavailable', DATABASE_DOWN_MESSAGE), {
          'x-request-id': id,
          'retry-after': String(DATABASE_RETRY_AFTER_SECONDS),
        });
      }
      logger.error({ err, requestId: id, method: req.method }, 'unhandled API error');
      return errorResponse(new ApiError(500, 'internal', 'Đã có lỗi xảy ra, vui lòng thử lại sau.'), {
        'x-request-id': id,
      });
    }
  };
}

/** Parses with zod or throws the 400 ApiError naming each bad field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(result.error);
  return result.data;
}

/**
 * Reads a JSON body (capped at 64 KB on the stream, nesting and control characters refused: lib/api/body.ts) and
 * parses it; malformed JSON is a 400 like any other bad input.
 */
export async function parseJsonBody<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  return parseOrThrow(schema, await readJsonBody(req));
}

/** Public catalog answers may be cached briefly by browsers and CDNs. */
export const publicCache = { 'cache-control': 'public, max-age=60, stale-while-revalidate=300' };
