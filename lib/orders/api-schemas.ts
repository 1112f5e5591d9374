import { z } from 'zod';
import { orderItemSchema, orderViewSchema } from './dto';

export const orderNumberSchema = z.string().regex(/^ATL-\d{6,}$/, 'Mã đơn hàng không hợp lệ');
export const orderTokenQuerySchema = z.object({ token: z.string().min(10, 'Thiếu mã truy cập đơn hàng').max(200) });

export const placedOrderResponseSchema = z.object({
  order: z.object({
    number: z.string(),
    status: z.enum(['placed', 'pending_payment']),
    subtotal: z.number().int(),
    shippingFee: z.number().int(),
    total: z.number().int(),
    items: z.array(
      orderItemSchema.pick({
        variantId: true,
        name: true,
        variantLabel: true,
        quantity: true,
        unitPrice: true,
        lineTotal: true,
      }),
    ),
    accessToken: z.string().describe('Opens the order: GET /api/orders/{number}?token='),
  }),
  payment: z.object({ method: z.enum(['cod', 'payos', 'vnpay', 'momo']), redirectUrl: z.string().optional() }),
  priceChanges: z
    .array(
      z.object({
        variantId: z.number().int(),
        name: z.string(),
        cartPrice: z.number().int(),
        orderPrice: z.number().int(),
      }),
    )
    .describe('Prices that changed since the shopper saw them (sent as expectedPrices); the order uses the new ones'),
});
export type PlacedOrderResponse = z.infer<typeof placedOrderResponseSchema>;

export const orderResponseSchema = orderViewSchema;
