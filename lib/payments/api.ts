import 'server-only';
import { ApiError } from '@/lib/api/errors';
import type { StartPaymentResult } from './start-payment';

// Maps a failed payment start to the API's status codes: 404 unknown order, 409 an order that no longer
// waits for payment, 400 a method we do not take or an amount the gateway refuses, 502 the gateway.
export function startPaymentFailure(result: Extract<StartPaymentResult, { ok: false }>): ApiError {
  switch (result.code) {
    case 'not_found':
      return new ApiError(404, result.code, result.message);
    case 'not_payable':
      return new ApiError(409, result.code, result.message);
    case 'method_unavailable':
    case 'amount_out_of_range':
      return new ApiError(400, 'invalid_request', result.message, { paymentMethod: result.message });
    case 'gateway_error':
      return new ApiError(502, result.code, result.message);
    default: {
      const never: never = result.code;
      throw new Error(`unhandled payment failure ${String(never)}`);
    }
  }
}
