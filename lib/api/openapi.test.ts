import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './openapi';

describe('OpenAPI document', () => {
  const doc = buildOpenApiDocument('https://audiotailoc.vn');

  it('documents every API route with its method', () => {
    const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(ops).toEqual(
      expect.arrayContaining([
        'GET /api/products',
        'GET /api/products/{slug}',
        'GET /api/cart',
        'POST /api/cart/items',
        'PATCH /api/cart/items/{variantId}',
        'DELETE /api/cart/items/{variantId}',
        'POST /api/checkout',
        'GET /api/orders/{number}',
        'POST /api/orders/{number}/pay',
      ]),
    );
  });

  it('derives the checkout body from the zod schema', () => {
    const schema = doc.paths['/api/checkout'].post.requestBody.content['application/json'].schema as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['contact', 'shippingAddress', 'paymentMethod', 'note', 'invoice']),
    );
    expect(schema.required).toEqual(expect.arrayContaining(['contact', 'shippingAddress', 'paymentMethod']));
    expect(JSON.stringify(schema)).toContain('"cod"');
  });
});

describe('OpenAPI: accounts and errors', () => {
  const doc = buildOpenApiDocument('https://audiotailoc.vn');
  type Op = {
    security?: Record<string, string[]>[];
    parameters?: { in: string; required: boolean; example?: unknown }[];
    responses: Record<
      string,
      { content?: { 'application/json': { schema: { properties?: Record<string, unknown> } } } }
    >;
  };
  const ops = Object.entries(doc.paths as Record<string, Record<string, Op>>).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })),
  );

  it('describes the bearer scheme and the account operations', () => {
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(ops.map((o) => o.name)).toEqual(
      expect.arrayContaining([
        'POST /api/auth/token',
        'POST /api/auth/refresh',
        'POST /api/auth/logout',
        'GET /api/auth/sessions',
        'DELETE /api/auth/sessions/{id}',
        'POST /api/auth/google',
        'POST /api/auth/sign-up',
        'POST /api/auth/verify-email',
        'POST /api/auth/forgot-password',
        'POST /api/auth/reset-password',
        'GET /api/me',
        'PATCH /api/me',
        'POST /api/me/password',
        'GET /api/me/addresses',
        'POST /api/me/addresses',
        'PATCH /api/me/addresses/{id}',
        'DELETE /api/me/addresses/{id}',
        'GET /api/me/orders',
        'GET /api/me/orders/{number}',
        'POST /api/me/orders/{number}/reorder',
      ]),
    );
  });

  it('gives every Bearer operation a 401, every error answer its codes, and every path parameter an example', () => {
    for (const { name, op } of ops) {
      if (op.security?.some((s) => 'bearerAuth' in s)) expect(op.responses[401], name).toBeDefined();
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        const error = response.content?.['application/json'].schema.properties?.error as {
          properties: { code: { enum?: string[] } };
        };
        expect(error.properties.code.enum?.length, `${name} ${status}`).toBeGreaterThan(0);
      }
      for (const p of op.parameters ?? []) if (p.in === 'path') expect(p.example, name).toBeDefined();
    }
  });
});
