import { z } from 'zod';
import { orderViewSchema } from '@/lib/orders/dto';
import { ORDER_STATUSES, PAYMENT_METHODS } from '@/db/schema';
import { cartResponseSchema } from '@/lib/cart/dto';
import { addressFormSchema, changePasswordSchema, orderNumberField, profileSchema, recordIdField } from './schemas';

// The account API (/api/me…): the account forms' schemas, with JSON types where a form posts strings.

export const profileUpdateRequestSchema = profileSchema;
export const changePasswordRequestSchema = changePasswordSchema;

export const addressRequestSchema = addressFormSchema.extend({
  isDefault: z.boolean({ error: 'Lựa chọn không hợp lệ.' }).optional().default(false),
});
export const addressIdParamSchema = z.object({ id: recordIdField });
export const orderNumberParamSchema = z.object({ number: orderNumberField });
export const ordersQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).optional().default(1),
});

export const savedAddressSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  phone: z.string(),
  provinceCode: z.string(),
  wardCode: z.string(),
  street: z.string(),
  formatted: z.string(),
  isDefault: z.boolean(),
});

export const profileResponseSchema = z.object({
  user: z.object({
    id: z.number().int(),
    email: z.string(),
    name: z.string(),
    phone: z.string().nullable(),
    emailVerified: z.boolean(),
    hasPassword: z.boolean(),
    createdAt: z.string(),
  }),
  defaultAddress: savedAddressSchema.nullable().describe('Offered at checkout'),
  checkoutDefaults: z
    .object({
      contact: z.object({ name: z.string(), phone: z.string(), email: z.string() }),
      shippingAddress: z.object({ provinceCode: z.string(), wardCode: z.string(), street: z.string() }).nullable(),
    })
    .describe(
      "What the checkout form starts with: the default address and its recipient, else the account's name and phone",
    ),
});

export const addressResponseSchema = z.object({ address: savedAddressSchema });
export const addressListResponseSchema = z.object({ items: z.array(savedAddressSchema) });

export const orderPageResponseSchema = z.object({
  items: z.array(
    z.object({
      number: z.string(),
      status: z.enum(ORDER_STATUSES),
      statusLabel: z.string(),
      paymentMethod: z.enum(PAYMENT_METHODS),
      total: z.number().int(),
      itemCount: z.number().int(),
      firstItemName: z.string(),
      otherLines: z.number().int(),
      createdAt: z.string(),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  totalPages: z.number().int(),
});

export const accountOrderResponseSchema = orderViewSchema;

export const reorderResponseSchema = cartResponseSchema.extend({
  reorder: z.object({
    addedUnits: z.number().int(),
    message: z.string().describe('One Vietnamese sentence: what was added and what could not be'),
    skipped: z.array(z.object({ variantId: z.number().int(), name: z.string(), reason: z.string() })),
    capped: z.array(
      z.object({ variantId: z.number().int(), name: z.string(), requested: z.number().int(), added: z.number().int() }),
    ),
  }),
});

export const passwordChangedResponseSchema = z.object({
  message: z.string(),
  accessToken: z.string(),
  refreshToken: z.string(),
  expiresIn: z.number().int(),
  tokenType: z.literal('Bearer'),
});
