import { z } from 'zod';
import type { PaymentResult } from '../types';

// What a VNPay IPN means. Paid only when both the response code and the transaction status say 00 (the
// package's isSuccess looks at the response code alone).

export const vnpayIpnSchema = z
  .object({
    vnp_TmnCode: z.string().min(1),
    vnp_TxnRef: z.string().min(1).max(100),
    vnp_Amount: z.string().regex(/^\d{1,15}$/),
    vnp_ResponseCode: z.string().regex(/^\d{2}$/),
    vnp_TransactionStatus: z.string().regex(/^\d{2}$/),
    vnp_TransactionNo: z.string().regex(/^\d{1,20}$/),
    vnp_CurrCode: z.string().optional(),
    vnp_BankCode: z.string().optional(),
    vnp_PayDate: z.string().optional(),
    vnp_OrderInfo: z.string().optional(),
  })
  .loose();

/** 24: the shopper cancelled. 07 (suspicious) or status 01/07: money may be held, staff decide. */
export function resultOf(responseCode: string, transactionStatus: string): PaymentResult {
  if (responseCode === '00' && transactionStatus === '00') return 'paid';
  if (responseCode === '07' || transactionStatus === '01' || transactionStatus === '07') return 'pending';
  if (responseCode === '24') return 'cancelled';
  return 'failed';
}
