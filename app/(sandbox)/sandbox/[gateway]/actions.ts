'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { ONLINE_GATEWAYS } from '@/db/schema';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { runSimulation, sandboxAllowed } from '@/lib/payments/sandbox/simulator';

// The simulator's Pay / Cancel buttons (development only: refused whenever the sandbox is off, and it is
// always off in production).

const formSchema = z.object({
  gateway: z.enum(ONLINE_GATEWAYS),
  reference: z.string().min(1).max(100),
  action: z.enum(['pay', 'cancel']),
});

export type SimulatorFormState = { message: string | null };

export async function simulatePaymentAction(_prev: SimulatorFormState, form: FormData): Promise<SimulatorFormState> {
  if (!sandboxAllowed()) return { message: 'Môi trường thử nghiệm thanh toán đang tắt.' };
  const parsed = formSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { message: 'Yêu cầu không hợp lệ.' };
  const result = await runSimulation(await getDb(), { ...parsed.data, origin: getEnv().SITE_URL });
  if (!result.ok) return { message: result.message };
  redirect(result.redirectTo);
}
