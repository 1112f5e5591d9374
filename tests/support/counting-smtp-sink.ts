import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

// An SMTP sink that counts messages per Message-ID and can take its time accepting each one (a slow
// provider), so that a test can stop things while messages are in the middle of being sent.

export type CountingSink = {
  url: string;
  total: () => number;
  /** Message-ID -> how many times it was accepted. */
  counts: Map<string, number>;
  /** While true, every recipient is refused (a provider rejecting mail). */
  refuse: { on: boolean };
  close: () => Promise<void>;
};

export async function startCountingSmtpSink(options: { acceptDelayMs?: number } = {}): Promise<CountingSink> {
  const counts = new Map<string, number>();
  const refuse = { on: false };
  let total = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      callback(refuse.on ? Object.assign(new Error('mailbox unavailable'), { responseCode: 550 }) : null);
    },
    onData(stream, _session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        setTimeout(() => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const id = /^Message-ID:\s*(<[^>\r\n]+>)/im.exec(raw)?.[1] ?? `(none ${total})`;
          counts.set(id, (counts.get(id) ?? 0) + 1);
          total += 1;
          done();
        }, options.acceptDelayMs ?? 0);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    total: () => total,
    counts,
    refuse,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
