import 'server-only';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { getEnv } from '@/lib/env';
import { logger } from '@/lib/log/logger';
import type { EmailContent } from './order-confirmation';

// Sends mail through SMTP. Without an SMTP URL (development only; production requires SMTP_URL) each
// message is written as an .eml file to the mail folder and its path logged.

export type OutgoingMail = EmailContent & {
  to: string;
  messageId: string;
  /** Extra headers (List-Unsubscribe and List-Unsubscribe-Post on marketing mail). */
  headers?: Record<string, string>;
};
export type SendMail = (mail: OutgoingMail) => Promise<void>;

/**
 * A pooled transport: connections stay open and up to `maxConnections` messages go out side by side, instead
 * of a TCP + TLS + AUTH handshake per message. A URL that names `pool` itself is left as it is.
 */
export function pooledSmtpUrl(smtpUrl: string, maxConnections: number): string {
  const url = new URL(smtpUrl);
  if (url.searchParams.has('pool')) return smtpUrl;
  url.searchParams.set('pool', 'true');
  url.searchParams.set('maxConnections', String(maxConnections));
  return url.toString();
}

export function createMailer(config: {
  smtpUrl?: string;
  from: string;
  dir: string;
  poolConnections?: number;
}): SendMail {
  const smtp = config.smtpUrl
    ? nodemailer.createTransport(
        config.poolConnections ? pooledSmtpUrl(config.smtpUrl, config.poolConnections) : config.smtpUrl,
      )
    : null;
  return async (mail) => {
    const message = {
      from: config.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      // A stable Message-ID: if a send is ever repeated after a crash, receiving servers can drop the copy.
      messageId: mail.messageId,
      ...(mail.headers ? { headers: mail.headers } : {}),
    };
    if (smtp) {
      await smtp.sendMail(message);
      return;
    }
    const built = await nodemailer.createTransport({ streamTransport: true, buffer: true }).sendMail(message);
    const file = path.resolve(config.dir, `${Date.now()}-${mail.messageId.replace(/[^A-Za-z0-9.-]/g, '_')}.eml`);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, built.message as Buffer);
    logger.info({ file, subject: mail.subject }, 'SMTP_URL not set: e-mail written to a file');
  };
}

let fromEnv: SendMail | undefined;

/** The mailer configured by the environment (one SMTP connection pool per process). */
export function envMailer(): SendMail {
  const env = getEnv();
  fromEnv ??= createMailer({
    smtpUrl: env.SMTP_URL,
    from: env.MAIL_FROM,
    dir: env.MAIL_DIR,
    poolConnections: env.SMTP_POOL_CONNECTIONS,
  });
  return fromEnv;
}
