import 'server-only';
import { ApiError } from '@/lib/api/errors';
import { tooManyRequests } from '@/lib/cart/api';
import type { CheckoutResult } from './checkout';

// Maps a checkout failure to the API's status codes: 409 for stock and idempotency conflicts (the
// client must change something), 400 for an empty cart or a method we do not take, 429 when too fast.
export function checkoutFailure(result: Extract<CheckoutResult, { ok: false }>): ApiError {
  switch (result.code) {
    case 'out_of_stock':
    case 'unavailable':
      return new ApiError(409, result.code, result.message, undefined, { items: result.items });
    case 'idempotency_conflict':
    case 'order_limit':
    case 'policy_changed':
      return new ApiError(409, result.code, result.message);
    case 'empty_cart':
      return new ApiError(400, result.code, result.message);
    case 'rate_limited':
      return tooManyRequests(result.retryAfterSeconds);
    case 'payment_method_unavailable':
      return new ApiError(400, 'invalid_request', result.message, { paymentMethod: result.message });
    default: {
      const never: never = result;
      throw new Error(`unhandled checkout failure ${JSON.stringify(never)}`);
    }
  }
}
