import 'server-only';
import type { NextRequest } from 'next/server';
import type { z } from 'zod';
import { ApiError } from '@/lib/api/errors';
import type { BearerCaller } from '@/lib/auth/app-sessions';
import { attachCartToAccount } from '@/lib/cart/account-cart';
import { requestCartId } from '@/lib/cart/cart-id';
import type { Db } from '@/lib/db/types';
import type { RedisCommands } from '@/lib/redis/types';
import type { profileResponseSchema } from './api-schemas';
import type { AddressResult } from './addresses';
import { getDefaultAddress } from './addresses';
import { getCheckoutPrefill } from './checkout-prefill';
import { getProfile } from './profile';

// Glue shared by the /api/me routes: the same lib/account functions the account pages call, mapped to
// the API's answers.

type ProfileResponse = z.infer<typeof profileResponseSchema>;

export async function profileResponse(db: Db, userId: number): Promise<ProfileResponse> {
  const [profile, defaultAddress, prefill] = await Promise.all([
    getProfile(db, userId),
    getDefaultAddress(db, userId),
    getCheckoutPrefill(db, userId),
  ]);
  if (!profile) throw new ApiError(404, 'not_found', 'Không tìm thấy tài khoản.');
  return {
    user: profile,
    defaultAddress,
    checkoutDefaults: {
      contact: {
        name: prefill['contact.name'] ?? '',
        phone: prefill['contact.phone'] ?? '',
        email: prefill['contact.email'] ?? profile.email,
      },
      shippingAddress: defaultAddress
        ? {
            provinceCode: defaultAddress.provinceCode,
            wardCode: defaultAddress.wardCode,
            street: defaultAddress.street,
          }
        : null,
    },
  };
}

export function addressOrThrow(result: AddressResult) {
  if (result.ok) return result.address;
  throw new ApiError(result.code === 'not_found' ? 404 : 409, result.code, result.message);
}

/** The account's cart for a Bearer caller; a guest cart the device still sends (X-Cart-Id) joins it first. */
export function accountCartId(redis: RedisCommands, req: NextRequest, caller: BearerCaller): Promise<string> {
  return attachCartToAccount(redis, caller.user.id, requestCartId(req));
}
