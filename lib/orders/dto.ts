import { z } from 'zod';
import { ONLINE_GATEWAYS, ORDER_STATUSES, PAYMENT_METHODS, PAYMENT_STATUSES } from '@/db/schema';

// What an order looks like outside lib/: to its shopper (page, API) and in e-mails.

const vnd = z.number().int().nonnegative();

export const orderItemSchema = z.object({
  variantId: z.number().int(),
  productSlug: z.string(),
  name: z.string(),
  variantLabel: z.string(),
  sku: z.string(),
  image: z.string().nullable(),
  unitPrice: vnd,
  quantity: z.number().int().positive(),
  lineTotal: vnd,
});

export const orderEventSchema = z.object({
  status: z.enum(ORDER_STATUSES),
  label: z.string(),
  note: z.string().nullable(),
  at: z.string().describe('ISO 8601'),
});

export const orderViewSchema = z.object({
  number: z.string().describe('e.g. ATL-000123'),
  status: z.enum(ORDER_STATUSES),
  statusLabel: z.string(),
  paymentMethod: z.enum(PAYMENT_METHODS),
  contact: z.object({ name: z.string(), phone: z.string(), email: z.string() }),
  shippingAddress: z.object({
    provinceCode: z.string(),
    wardCode: z.string(),
    street: z.string(),
    formatted: z.string(),
  }),
  note: z.string().nullable(),
  invoice: z.object({ companyName: z.string(), taxCode: z.string(), address: z.string() }).nullable(),
  items: z.array(orderItemSchema),
  subtotal: vnd,
  shippingFee: vnd,
  discount: vnd,
  total: vnd,
  paymentExpiresAt: z.string().nullable(),
  latestPayment: z
    .object({
      gateway: z.enum(ONLINE_GATEWAYS),
      status: z.enum(PAYMENT_STATUSES),
      createdAt: z.string(),
      redirectUrl: z
        .string()
        .nullable()
        .describe("While the order waits for payment: the open attempt's gateway page, to resume paying"),
    })
    .nullable()
    .describe('The newest online payment attempt, if any'),
  createdAt: z.string(),
  timeline: z.array(orderEventSchema),
  shipment: z
    .object({ carrier: z.string(), trackingNumber: z.string() })
    .nullable()
    .describe('Set by the shop when the parcel leaves: the carrier and its tracking number'),
  codCollectedAt: z.string().nullable().describe('Cash on delivery: when the cash reached the shop (ISO 8601)'),
  refundedTotal: vnd.describe('Money given back on the order so far'),
});
export type OrderView = z.infer<typeof orderViewSchema>;
export type OrderItemView = z.infer<typeof orderItemSchema>;
