import 'server-only';
import type { PayosConfig } from '../config';
import { createPayosClient } from './gateway';

// Registers our webhook URL with PayOS. PayOS calls the URL once with a sample payload signed with our
// checksum key and registers it only if we answer 2xx (our handler answers an unknown order with 200).

export async function confirmPayosWebhook(
  config: PayosConfig,
  webhookUrl: string,
): Promise<{ ok: true; accountName: string; accountNumber: string } | { ok: false; error: string }> {
  if (config.sandbox) return { ok: false, error: 'PayOS keys are not set: the sandbox has nothing to confirm' };
  try {
    const answer = await createPayosClient(config).webhooks.confirm(webhookUrl);
    return { ok: true, accountName: answer.accountName, accountNumber: answer.accountNumber };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
