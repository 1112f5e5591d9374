import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { type OnlineGateway, orders } from '@/db/schema';
import type { Db } from '@/lib/db/types';
import { type Env, getEnv, paymentSandboxEnabled } from '@/lib/env';
import { logger } from '@/lib/log/logger';
import { getAttemptByReference } from '../attempts';
import { verifyVnpay } from '../vnpay/signature';
import { SANDBOX_KEYS } from './keys';
import { type SimulatedAction, type Simulated, simulateMomo, simulatePayos, simulateVnpay } from './notifications';

// The local stand-in for the gateways' payment pages (development only). It shows an attempt the
// sandbox created and, on Pay or Cancel, sends the gateway's own signed notification to our webhook over
// HTTP, then sends the shopper back the way the gateway would. It never touches an order itself.

export type SimulatorView =
  | { ok: true; gateway: OnlineGateway; reference: string; orderNumber: string; amount: number; open: boolean }
  | { ok: false; message: string };

export function sandboxAllowed(env: Env = getEnv()): boolean {
  return paymentSandboxEnabled(env);
}

/** The attempt a simulator URL points at: PayOS ?orderCode=, VNPay's signed query (vnp_TxnRef), MoMo ?orderId=. */
export function simulatorReference(gateway: OnlineGateway, params: URLSearchParams): string | null {
  switch (gateway) {
    case 'payos':
      return params.get('orderCode');
    case 'vnpay':
      // Checked the way VNPay checks the payment URL it receives.
      return verifyVnpay(params, SANDBOX_KEYS.vnpay.hashSecret) ? params.get('vnp_TxnRef') : null;
    case 'momo':
      return params.get('orderId');
    default: {
      const never: never = gateway;
      throw new Error(`unknown gateway ${String(never)}`);
    }
  }
}

async function loadAttempt(db: Db, gateway: OnlineGateway, reference: string) {
  const attempt = await getAttemptByReference(db, gateway, reference);
  if (!attempt?.sandbox) return null;
  const [order] = await db.select({ number: orders.number }).from(orders).where(eq(orders.id, attempt.orderId));
  return order ? { attempt, orderNumber: order.number } : null;
}

export async function getSimulatorView(
  db: Db,
  gateway: OnlineGateway,
  params: URLSearchParams,
): Promise<SimulatorView> {
  const reference = simulatorReference(gateway, params);
  if (!reference)
    return { ok: false, message: 'Liên kết thanh toán không hợp lệ (sai chữ ký hoặc thiếu mã giao dịch).' };
  const found = await loadAttempt(db, gateway, reference);
  if (!found) return { ok: false, message: 'Không tìm thấy giao dịch thử nghiệm này.' };
  const { attempt, orderNumber } = found;
  return { ok: true, gateway, reference, orderNumber, amount: attempt.amount, open: attempt.status === 'pending' };
}

const text = (raw: Record<string, unknown> | null, key: string) => z.string().catch('').parse(raw?.[key]);

function build(
  gateway: OnlineGateway,
  attempt: NonNullable<Awaited<ReturnType<typeof loadAttempt>>>['attempt'],
  action: SimulatedAction,
  now: Date,
): Simulated {
  const raw = attempt.rawRequest;
  switch (gateway) {
    case 'payos':
      return simulatePayos(
        {
          reference: attempt.reference,
          amount: attempt.amount,
          gatewayReference: attempt.gatewayReference ?? '',
          description: text(raw, 'description'),
          returnUrl: text(raw, 'returnUrl'),
          cancelUrl: text(raw, 'cancelUrl'),
        },
        action,
        now,
      );
    case 'vnpay':
      return simulateVnpay(
        {
          reference: attempt.reference,
          amount: attempt.amount,
          orderInfo: text(raw, 'vnp_OrderInfo'),
          returnUrl: text(raw, 'vnp_ReturnUrl'),
        },
        action,
        now,
      );
    case 'momo':
      return simulateMomo(
        {
          reference: attempt.reference,
          amount: attempt.amount,
          requestId: text(raw, 'requestId'),
          orderInfo: text(raw, 'orderInfo'),
          redirectUrl: text(raw, 'redirectUrl'),
        },
        action,
        now,
      );
    default: {
      const never: never = gateway;
      throw new Error(`unknown gateway ${String(never)}`);
    }
  }
}

/** Pay or cancel a sandbox attempt: notify our webhook as the gateway would, then say where to go. */
export async function runSimulation(
  db: Db,
  input: { gateway: OnlineGateway; reference: string; action: SimulatedAction; origin: string },
): Promise<{ ok: true; redirectTo: string } | { ok: false; message: string }> {
  if (!sandboxAllowed()) return { ok: false, message: 'Môi trường thử nghiệm thanh toán đang tắt.' };
  const found = await loadAttempt(db, input.gateway, input.reference);
  if (!found) return { ok: false, message: 'Không tìm thấy giao dịch thử nghiệm này.' };
  const simulated = build(input.gateway, found.attempt, input.action, new Date());
  const n = simulated.notification;
  if (n) {
    const url = `${input.origin}${n.path}${n.query ? `?${n.query}` : ''}`;
    const res = await fetch(url, {
      method: n.method,
      headers: n.body ? { 'content-type': 'application/json' } : {},
      body: n.body,
      signal: AbortSignal.timeout(15_000),
    });
    logger.info(
      { gateway: input.gateway, reference: input.reference, action: input.action, status: res.status },
      'sandbox notification sent',
    );
  }
  return { ok: true, redirectTo: simulated.redirectTo };
}
