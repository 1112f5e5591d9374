import { z } from 'zod';
import { listingQuerySchema } from '@/lib/catalog/listing-query';
import {
  brandListResponseSchema,
  categoryListResponseSchema,
  productDetailResponseSchema,
  productListResponseSchema,
  productSlugParamsSchema,
  suggestQuerySchema,
  suggestResponseSchema,
} from './catalog-schemas';
import { apiErrorSchema } from './errors';

// The OpenAPI 3.1 document of the JSON API, built from the same zod schemas the handlers parse with,
// so the document cannot drift from the code. zod's own JSON Schema output does the heavy lifting.

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  });
  return rest;
}

function parameters(schema: z.ZodType, where: 'query' | 'path') {
  const s = jsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(s.properties ?? {}).map(([name, prop]) => ({
    name,
    in: where,
    required: where === 'path' || (s.required ?? []).includes(name),
    schema: prop,
  }));
}

const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { 'application/json': { schema: jsonSchema(schema, 'output') } },
});

const badRequest = json(apiErrorSchema, 'Invalid input: `error.fields` names each bad field');

export function buildOpenApiDocument(serverUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Audio Tài Lộc API',
      version: '1.0.0',
      description: 'JSON API of the Audio Tài Lộc store for the mobile app. Prices are integer VND.',
    },
    servers: [{ url: serverUrl }],
    paths: {
      '/api/products': {
        get: {
          summary: 'List, filter, sort and search products',
          description:
            'Spec filters use the spec key as the parameter name (e.g. `connectivity=Bluetooth`). `brand` takes comma-separated slugs.',
          parameters: parameters(listingQuerySchema, 'query'),
          responses: { 200: json(productListResponseSchema, 'A page of products'), 400: badRequest },
        },
      },
      '/api/products/{slug}': {
        get: {
          summary: 'One product with variants',
          parameters: parameters(productSlugParamsSchema, 'path'),
          responses: {
            200: json(productDetailResponseSchema, 'The product'),
            400: badRequest,
            404: json(apiErrorSchema, 'No published product has this slug'),
          },
        },
      },
      '/api/categories': {
        get: {
          summary: 'All categories (a tree by parentId)',
          responses: { 200: json(categoryListResponseSchema, 'Categories') },
        },
      },
      '/api/brands': {
        get: { summary: 'All brands', responses: { 200: json(brandListResponseSchema, 'Brands') } },
      },
      '/api/search/suggest': {
        get: {
          summary: 'As-you-type suggestions (accent- and typo-tolerant)',
          parameters: parameters(suggestQuerySchema, 'query'),
          responses: { 200: json(suggestResponseSchema, 'Up to 8 products'), 400: badRequest },
        },
      },
    },
  };
}
