import 'server-only';
import type { PaymentMethod } from '@/db/schema';
import { type Env, getEnv } from '@/lib/env';
import { codGateway } from './cod/gateway';
import { momoConfig, payosConfig, vnpayConfig } from './config';
import { createMomoGateway } from './momo/gateway';
import { createPayosGateway } from './payos/gateway';
import type { PaymentGateway } from './types';
import { createVnpayGateway } from './vnpay/gateway';

// The one place that knows every payment method. A gateway without keys (and without the development
// sandbox) is not offered: getGateway answers null for it.

export function getGateway(method: PaymentMethod, env: Env = getEnv()): PaymentGateway | null {
  switch (method) {
    case 'cod':
      return codGateway;
    case 'payos': {
      const config = payosConfig(env);
      return config ? createPayosGateway(config) : null;
    }
    case 'vnpay': {
      const config = vnpayConfig(env);
      return config ? createVnpayGateway(config) : null;
    }
    case 'momo': {
      const config = momoConfig(env);
      return config ? createMomoGateway(config) : null;
    }
    default: {
      const never: never = method;
      throw new Error(`unknown payment method ${String(never)}`);
    }
  }
}
