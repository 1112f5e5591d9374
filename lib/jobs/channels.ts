import 'server-only';
import type { Env } from '@/lib/env';

// A notification channel is one queue with its own workers, concurrency and rate limit (the provider's).
// Outbox rows are routed to a channel by their kind. E-mail is the only channel today; SMS or Zalo
// notifiers plug in as another entry here plus their outbox handlers.

export type ChannelName = 'email';

export type NotificationChannel = {
  name: ChannelName;
  queueName: string;
  /** Which outbox kinds this channel carries. */
  carries: (kind: string) => boolean;
  concurrency: (env: Env) => number;
  /** At most `max` jobs per `durationMs`, across every worker of the queue. */
  rateLimit: (env: Env) => { max: number; durationMs: number };
};

export const CHANNELS: readonly NotificationChannel[] = [
  {
    name: 'email',
    queueName: 'notify-email',
    carries: (kind) => kind.endsWith('_email'),
    concurrency: (env) => env.EMAIL_CONCURRENCY,
    rateLimit: (env) => ({ max: env.EMAIL_RATE_PER_SECOND, durationMs: 1000 }),
  },
];

export function channelForKind(kind: string): NotificationChannel | undefined {
  return CHANNELS.find((c) => c.carries(kind));
}

/** The BullMQ job id of an outbox row: adding it again while the job exists is a no-op. */
export function outboxJobId(outboxId: number): string {
  return `outbox-${outboxId}`;
}
