import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

// The mail provider of the server under test: accepts every message and throws it away, as a relay
// would. Order confirmations go out during a run even with OUTBOX_WORKER=false (that only stops the
// periodic pass; checkout still kicks one after each order), so a dead SMTP address would fail every
// send, log a warning per order and queue retries that production never makes.

export type SmtpSink = { url: string; received: () => number };

/** Listens on a free port of 127.0.0.1; lives as long as this process (it does not keep it alive). */
export async function startSmtpSink(): Promise<SmtpSink> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, done) {
      stream.on('end', () => {
        received += 1;
        done();
      });
      stream.resume();
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  server.server.unref();
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received: () => received };
}
