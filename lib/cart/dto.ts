import { MAX_INT4_ID } from '@/lib/core/ids';
import { z } from 'zod';
import { MAX_LINE_QUANTITY } from './limits';

// The cart as the page, the drawer and the mobile app see it. Prices and stock come from the database
// each time it is read; the Redis hash only holds variant id -> quantity.

const vnd = z.number().int().nonnegative();

export const cartLineSchema = z.object({
  variantId: z.number().int(),
  productSlug: z.string().nullable(),
  name: z.string(),
  variantLabel: z.string(),
  image: z.string().nullable(),
  unitPrice: vnd,
  compareAtPrice: vnd.nullable(),
  quantity: z.number().int().positive(),
  stock: z.number().int().nonnegative(),
  lineTotal: vnd,
  available: z.boolean().describe('False when the product was removed or unpublished after it was added'),
  message: z.string().nullable().describe('Why the line needs attention (sold out, fewer left, no longer sold)'),
});
export type CartLineView = z.infer<typeof cartLineSchema>;

export const cartSchema = z.object({
  lines: z.array(cartLineSchema),
  itemCount: z.number().int(),
  subtotal: vnd,
  shippingFee: vnd,
  total: vnd,
  freeShippingFrom: vnd,
  canCheckout: z.boolean(),
});
export type CartView = z.infer<typeof cartSchema>;

export const cartResponseSchema = z.object({
  cartId: z.string().uuid(),
  cart: cartSchema,
  notice: z.string().nullable().describe('e.g. the quantity was capped to the stock left'),
});
export type CartResponse = z.infer<typeof cartResponseSchema>;

export const addCartItemSchema = z.object({
  variantId: z.coerce
    .number({ error: 'Thiếu sản phẩm' })
    .int('Sản phẩm không hợp lệ')
    .positive('Sản phẩm không hợp lệ')
    .max(MAX_INT4_ID, 'Sản phẩm không hợp lệ'),
  quantity: z.coerce
    .number()
    .int('Số lượng phải là số nguyên')
    .min(1, 'Số lượng tối thiểu là 1')
    .max(MAX_LINE_QUANTITY, `Tối đa ${MAX_LINE_QUANTITY}`)
    .default(1),
});
export const setCartQuantitySchema = z.object({
  quantity: z.coerce
    .number()
    .int('Số lượng phải là số nguyên')
    .min(0, 'Số lượng không được âm')
    .max(MAX_LINE_QUANTITY, `Tối đa ${MAX_LINE_QUANTITY}`),
});
export const variantIdParamSchema = z.object({
  variantId: z.coerce
    .number()
    .int('Sản phẩm không hợp lệ')
    .positive('Sản phẩm không hợp lệ')
    .max(MAX_INT4_ID, 'Sản phẩm không hợp lệ'),
});
