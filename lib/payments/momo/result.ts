import { z } from 'zod';
import type { PaymentResult } from '../types';

// What a MoMo resultCode means for the order. We create captureWallet payments without autoCapture=false,
// which is MoMo's one-step capture: 9000 (authorized) then counts as paid.

const ONE_STEP_CAPTURE = true;
const PENDING_CODES = new Set([1000, 7000, 7002, 8000]);

export function momoResultOf(resultCode: number): PaymentResult {
  if (resultCode === 0) return 'paid';
  if (resultCode === 9000) return ONE_STEP_CAPTURE ? 'paid' : 'pending';
  if (PENDING_CODES.has(resultCode)) return 'pending';
  return 'failed';
}

const integer = z.union([
  z.number().int(),
  z
    .string()
    .regex(/^-?\d{1,19}$/)
    .transform(Number),
]);

export const momoIpnSchema = z
  .object({
    partnerCode: z.string().min(1),
    orderId: z.string().regex(/^[0-9a-zA-Z]([-_.]*[0-9a-zA-Z]+)*$/),
    requestId: z.string().min(1).max(50),
    amount: integer.pipe(z.number().int().nonnegative()),
    orderInfo: z.string(),
    orderType: z.string(),
    transId: integer,
    resultCode: integer,
    message: z.string(),
    payType: z.string(),
    responseTime: integer,
    extraData: z.string(),
    signature: z.string(),
  })
  .loose();
