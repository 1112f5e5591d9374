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
import { provinceCodeSchema } from '@/lib/address/schemas';
import { addCartItemSchema, cartResponseSchema, setCartQuantitySchema, variantIdParamSchema } from '@/lib/cart/dto';
import { checkoutSchema, idempotencyKeySchema } from '@/lib/checkout/schemas';
import {
  orderNumberSchema,
  orderResponseSchema,
  orderTokenQuerySchema,
  placedOrderResponseSchema,
  startPaymentRequestSchema,
  startPaymentResponseSchema,
} from '@/lib/orders/api-schemas';
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
const body = (schema: z.ZodType) => ({
  required: true,
  content: { 'application/json': { schema: jsonSchema(schema, 'input') } },
});
const cartHeader = {
  name: 'X-Cart-Id',
  in: 'header',
  required: false,
  description: 'The cart to use when there is no cart cookie (mobile app). Every cart answer returns `cartId`.',
  schema: { type: 'string', format: 'uuid' },
};
const cartErrors = {
  429: json(apiErrorSchema, 'Too many cart changes from this address (Retry-After header)'),
  503: json(apiErrorSchema, 'The cart store (Redis) is unavailable'),
};
const cartOk = json(cartResponseSchema, 'The cart, priced from the database now; sets the cart cookie');

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
      '/api/cart': {
        get: {
          summary: 'The current cart',
          parameters: [cartHeader],
          responses: {
            200: json(
              cartResponseSchema,
              'The cart, priced from the database now; sets the cart cookie only for a cart that exists (a new, empty cart gets its `cartId` in the body and its cookie on the first write)',
            ),
            503: cartErrors[503],
          },
        },
      },
      '/api/cart/items': {
        post: {
          summary: 'Add a variant to the cart (quantity capped to the stock left, with a notice)',
          parameters: [cartHeader],
          requestBody: body(addCartItemSchema),
          responses: {
            200: cartOk,
            201: json(cartResponseSchema, 'A new cart was created'),
            400: badRequest,
            404: json(apiErrorSchema, 'No such variant, or no longer sold'),
            409: json(apiErrorSchema, 'Out of stock'),
            ...cartErrors,
          },
        },
      },
      '/api/cart/items/{variantId}': {
        patch: {
          summary: "Set a line's quantity (0 removes it)",
          parameters: [...parameters(variantIdParamSchema, 'path'), cartHeader],
          requestBody: body(setCartQuantitySchema),
          responses: {
            200: cartOk,
            400: badRequest,
            404: json(apiErrorSchema, 'No such variant'),
            409: json(apiErrorSchema, 'Out of stock'),
            ...cartErrors,
          },
        },
        delete: {
          summary: 'Remove a line',
          parameters: [...parameters(variantIdParamSchema, 'path'), cartHeader],
          responses: { 200: cartOk, 400: badRequest, ...cartErrors },
        },
      },
      '/api/checkout': {
        post: {
          summary: 'Place an order from the cart',
          description:
            'One transaction: prices re-read, stock reserved, order written. Repeating the request with the same Idempotency-Key returns the same order (header `Idempotent-Replayed: true`).',
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: true,
              schema: jsonSchema(idempotencyKeySchema, 'input'),
            },
            cartHeader,
          ],
          requestBody: body(checkoutSchema),
          responses: {
            201: json(placedOrderResponseSchema, 'The order'),
            400: badRequest,
            409: json(
              apiErrorSchema,
              'Out of stock or no longer sold (`error.items` names the lines), or the key was used for another request',
            ),
            429: json(apiErrorSchema, 'Too many orders from this address (Retry-After header)'),
            503: cartErrors[503],
          },
        },
      },
      '/api/orders/{number}': {
        get: {
          summary: 'An order with its status and timeline',
          parameters: [
            { name: 'number', in: 'path', required: true, schema: jsonSchema(orderNumberSchema, 'input') },
            ...parameters(orderTokenQuerySchema, 'query'),
          ],
          responses: {
            200: json(orderResponseSchema, 'The order'),
            400: badRequest,
            404: json(apiErrorSchema, 'Unknown order or wrong token'),
          },
        },
      },
      '/api/orders/{number}/pay': {
        post: {
          summary: 'Start a new payment attempt for an order waiting for payment, or switch it to cash on delivery',
          description:
            'For payos, vnpay or momo the answer carries `payment.redirectUrl`, the gateway page to open; the order becomes paid only when the gateway notifies us. `cod` confirms the order for cash on delivery.',
          parameters: [
            { name: 'number', in: 'path', required: true, schema: jsonSchema(orderNumberSchema, 'input') },
            ...parameters(orderTokenQuerySchema, 'query'),
          ],
          requestBody: body(startPaymentRequestSchema),
          responses: {
            200: json(startPaymentResponseSchema, 'The order and where to pay'),
            400: badRequest,
            404: json(apiErrorSchema, 'Unknown order or wrong token'),
            409: json(apiErrorSchema, 'The order no longer waits for payment (paid, cancelled or expired)'),
            429: json(apiErrorSchema, 'Too many attempts from this address (Retry-After header)'),
            502: json(apiErrorSchema, 'The gateway could not start the payment: retry or choose another method'),
          },
        },
      },
      '/api/address/wards': {
        get: {
          summary: 'Wards and communes of a province (administrative units since 1 July 2025)',
          parameters: [
            { name: 'province', in: 'query', required: true, schema: jsonSchema(provinceCodeSchema, 'input') },
          ],
          responses: {
            200: json(z.object({ items: z.array(z.object({ code: z.string(), name: z.string() })) }), 'Wards'),
            400: badRequest,
            404: json(apiErrorSchema, 'Unknown province'),
          },
        },
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
