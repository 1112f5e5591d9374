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
