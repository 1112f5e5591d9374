import { z } from 'zod';
import { provinceCodeSchema } from '@/lib/address/schemas';
import { addCartItemSchema, cartResponseSchema, setCartQuantitySchema, variantIdParamSchema } from '@/lib/cart/dto';
import { listingQuerySchema } from '@/lib/catalog/listing-query';
import { checkoutSchema, idempotencyKeySchema } from '@/lib/checkout/schemas';
import {
  orderNumberSchema,
  orderResponseSchema,
  orderTokenQuerySchema,
  placedOrderResponseSchema,
  startPaymentRequestSchema,
  startPaymentResponseSchema,
} from '@/lib/orders/api-schemas';
import {
  brandListResponseSchema,
  categoryListResponseSchema,
  productDetailResponseSchema,
  productListResponseSchema,
  productSlugParamsSchema,
  suggestQuerySchema,
  suggestResponseSchema,
} from './catalog-schemas';
import { accountPaths } from './openapi-account';
import {
  badRequest,
  badToken,
  bearerOptional,
  body,
  errors,
  json,
  jsonSchema,
  parameters,
  redisDown,
  tooMany,
} from './openapi-helpers';

// The OpenAPI 3.1 document of the JSON API, built from the same zod schemas the handlers parse with,
// so the document cannot drift from the code. zod's own JSON Schema output does the heavy lifting. Every
// operation lists each error answer with the codes it carries, and examples a client can send as they are.

const cartHeader = {
  name: 'X-Cart-Id',
  in: 'header',
  required: false,
  description:
    "The cart to use when there is no cart cookie (mobile app). Every cart answer returns `cartId`. With a Bearer token the cart is the account's, and a guest cart named here joins it.",
  schema: { type: 'string', format: 'uuid' },
};
const cartOk = json(
  cartResponseSchema,
  'The cart, priced from the database now; sets the cart cookie (not for Bearer callers)',
);
const cartWriteErrors = {
  401: badToken,
  404: errors('No such variant, or no longer sold', 'not_found'),
  409: errors('Out of stock', 'out_of_stock'),
  422: errors('The cart already holds the most distinct products it may', 'too_many_lines'),
  429: tooMany('Too many cart changes from this address'),
  503: redisDown,
};
const orderNumberParam = {
  name: 'number',
  in: 'path',
  required: true,
  schema: jsonSchema(orderNumberSchema, 'input'),
  example: 'ATL-000001',
};
const orderTokenParams = parameters(orderTokenQuerySchema, 'query', { token: 'not-the-token-of-this-order' });

const checkoutExample = {
  contact: { name: 'Nguyễn Văn An', phone: '0912345678', email: 'an.nguyen@example.vn' },
  shippingAddress: { provinceCode: '01', wardCode: '00004', street: '12 Tràng Tiền' },
  paymentMethod: 'cod',
};

export function buildOpenApiDocument(serverUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Audio Tài Lộc API',
      version: '1.1.0',
      description:
        'JSON API of the Audio Tài Lộc store for the mobile app. Prices are integer VND. Errors are `{ error: { code, message, fields? } }` with a Vietnamese message to show as it is. Sign in with POST /api/auth/token (or /api/auth/google) and send `Authorization: Bearer <accessToken>`; when it expires (401 `invalid_token`), POST /api/auth/refresh.',
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'The access token from /api/auth/token, /api/auth/google or /api/auth/refresh: a JWT for audience `mobile`, valid 15 minutes. It stops working at once when its session is signed out, the password changes or is reset, or the account is disabled.',
        },
      },
    },
    paths: {
      '/api/products': {
        get: {
          summary: 'List, filter, sort and search products',
          description:
            'Spec filters use the spec key as the parameter name (e.g. `connectivity=Bluetooth`). `brand` takes comma-separated slugs.',
          parameters: parameters(listingQuerySchema, 'query'),
          responses: { 200: json(productListResponseSchema, 'A page of products'), 400: badRequest() },
        },
      },
      '/api/products/{slug}': {
        get: {
          summary: 'One product with variants',
          parameters: parameters(productSlugParamsSchema, 'path', { slug: 'san-pham-khong-co-that' }),
          responses: {
            200: json(productDetailResponseSchema, 'The product'),
            400: badRequest(),
            404: errors('No published product has this slug', 'not_found'),
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
          security: bearerOptional,
          parameters: [cartHeader],
          responses: {
            200: json(
              cartResponseSchema,
              'The cart, priced from the database now; sets the cart cookie only for a cart that exists (a new, empty cart gets its `cartId` in the body and its cookie on the first write)',
            ),
            401: badToken,
            503: redisDown,
          },
        },
      },
      '/api/cart/items': {
        post: {
          summary: 'Add a variant to the cart (quantity capped to the stock left, with a notice)',
          security: bearerOptional,
          parameters: [cartHeader],
          requestBody: body(addCartItemSchema, { variantId: 2_000_000_000, quantity: 1 }),
          responses: {
            200: cartOk,
            201: json(cartResponseSchema, 'A new cart was created'),
            400: badRequest(),
            ...cartWriteErrors,
          },
        },
      },
      '/api/cart/items/{variantId}': {
        patch: {
          summary: "Set a line's quantity (0 removes it)",
          security: bearerOptional,
          parameters: [...parameters(variantIdParamSchema, 'path', { variantId: 2_000_000_000 }), cartHeader],
          requestBody: body(setCartQuantitySchema, { quantity: 0 }),
          responses: { 200: cartOk, 400: badRequest(), ...cartWriteErrors },
        },
        delete: {
          summary: 'Remove a line',
          security: bearerOptional,
          parameters: [...parameters(variantIdParamSchema, 'path', { variantId: 2_000_000_000 }), cartHeader],
          responses: {
            200: cartOk,
            400: badRequest(),
            401: badToken,
            429: cartWriteErrors[429],
            503: redisDown,
          },
        },
      },
      '/api/checkout': {
        post: {
          summary: 'Place an order from the cart',
          description:
            "One transaction: prices re-read, stock reserved, order written. Repeating the request with the same Idempotency-Key returns the same order (header `Idempotent-Replayed: true`). With a Bearer token the order is placed from the account's cart and filed under the account (GET /api/me offers its default address).",
          security: bearerOptional,
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: true,
              schema: jsonSchema(idempotencyKeySchema, 'input'),
            },
            cartHeader,
          ],
          requestBody: body(checkoutSchema, checkoutExample),
          responses: {
            201: json(placedOrderResponseSchema, 'The order'),
            400: badRequest('empty_cart'),
            401: badToken,
            409: errors(
              'Out of stock or no longer sold (`error.items` names the lines), or the key was used for another request',
              'out_of_stock',
              'unavailable',
              'idempotency_conflict',
            ),
            429: tooMany('Too many orders from this address'),
            503: redisDown,
          },
        },
      },
      '/api/orders/{number}': {
        get: {
          summary: 'An order with its status and timeline',
          parameters: [orderNumberParam, ...orderTokenParams],
          responses: {
            200: json(orderResponseSchema, 'The order'),
            400: badRequest(),
            404: errors('Unknown order or wrong token', 'not_found'),
          },
        },
      },
      '/api/orders/{number}/pay': {
        post: {
          summary: 'Start a new payment attempt for an order waiting for payment, or switch it to cash on delivery',
          description:
            'For payos, vnpay or momo the answer carries `payment.redirectUrl`, the gateway page to open; the order becomes paid only when the gateway notifies us. `cod` confirms the order for cash on delivery.',
          parameters: [orderNumberParam, ...orderTokenParams],
          requestBody: body(startPaymentRequestSchema, { paymentMethod: 'cod' }),
          responses: {
            200: json(startPaymentResponseSchema, 'The order and where to pay'),
            400: badRequest(),
            404: errors('Unknown order or wrong token', 'not_found'),
            409: errors('The order no longer waits for payment (paid, cancelled or expired)', 'not_payable'),
            429: tooMany('Too many attempts from this address'),
            502: errors('The gateway could not start the payment: retry or choose another method', 'gateway_error'),
            503: redisDown,
          },
        },
      },
      '/api/address/wards': {
        get: {
          summary: 'Wards and communes of a province (administrative units since 1 July 2025)',
          parameters: [
            {
              name: 'province',
              in: 'query',
              required: true,
              schema: jsonSchema(provinceCodeSchema, 'input'),
              example: '01',
            },
          ],
          responses: {
            200: json(z.object({ items: z.array(z.object({ code: z.string(), name: z.string() })) }), 'Wards'),
            400: badRequest(),
            404: errors('Unknown province', 'not_found'),
          },
        },
      },
      '/api/search/suggest': {
        get: {
          summary: 'As-you-type suggestions (accent- and typo-tolerant)',
          parameters: parameters(suggestQuerySchema, 'query', { q: 'tai nghe' }),
          responses: { 200: json(suggestResponseSchema, 'Up to 8 products'), 400: badRequest() },
        },
      },
      ...accountPaths(),
    },
  };
}
