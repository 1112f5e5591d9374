import { z } from 'zod';
import { ORDER_STATUSES, PAYMENT_METHODS } from '@/db/schema';
import { paymentMethodSchema } from '@/lib/checkout/schemas';
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
  payment: z.object({
    method: z.enum(['cod', 'payos', 'vnpay', 'momo']),
    redirectUrl: z
      .string()
      .optional()
      .describe("Online methods: send the shopper here (PayOS checkoutUrl, the signed VNPay URL, MoMo's payUrl)"),
    error: z
      .object({ code: z.string(), message: z.string() })
      .optional()
      .describe(
        'The order was placed but the gateway could not start the payment: retry with POST /api/orders/{number}/pay',
      ),
  }),
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

export const startPaymentRequestSchema = z.object({ paymentMethod: paymentMethodSchema });

export const startPaymentResponseSchema = z.object({
  order: z.object({ number: z.string(), status: z.enum(ORDER_STATUSES) }),
  payment: z.object({
    method: z.enum(PAYMENT_METHODS),
    redirectUrl: z.string().optional().describe('Online methods: send the shopper here'),
  }),
});
export type StartPaymentResponse = z.infer<typeof startPaymentResponseSchema>;
