import { Writable } from 'node:stream';
import { ecsFormat } from '@elastic/ecs-pino-format';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { censor, maskPhone, REDACT_PATHS } from './redact';

// The logger's safety net, run through pino itself with the same options as lib/log/logger.ts.
function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const log = pino(
    {
      ...ecsFormat({ convertErr: false, apmIntegration: false, serviceName: 't' }),
      redact: { paths: REDACT_PATHS, censor },
    },
    stream,
  );
  return { log, lines };
}

describe('log redaction', () => {
  it('hides secrets and tokens at the top level and nested, and keeps other fields', () => {
    const { log, lines } = capture();
    log.info(
      {
        password: 'hunter2-secret',
        token: 'tok-123',
        order: { number: 'ATL-1', accessToken: 'acc-456', customer: { password: 'pw-789' } },
        headers: { authorization: 'Bearer abc', cookie: 'authjs.session-token=xyz' },
        cartId: 'cart-secret-id',
      },
      'event',
    );
    const line = lines.join('');
    for (const secret of ['hunter2-secret', 'tok-123', 'acc-456', 'pw-789', 'Bearer abc', 'xyz', 'cart-secret-id']) {
      expect(line).not.toContain(secret);
    }
    const parsed = JSON.parse(line);
    expect(parsed.order.number).toBe('ATL-1');
    expect(parsed.message).toBe('event');
    expect(parsed['log.level']).toBe('info');
    expect(parsed['ecs.version']).toMatch(/^\d/);
    expect(parsed['@timestamp']).toMatch(/^\d{4}-/);
  });

  it('keeps only the last three digits of a phone number', () => {
    const { log, lines } = capture();
    log.info({ phone: '0912 345 678', shipping: { phone: '+84987654321' } }, 'x');
    const parsed = JSON.parse(lines.join(''));
    expect(parsed.phone).toBe('***678');
    expect(parsed.shipping.phone).toBe('***321');
    expect(maskPhone('12')).toBe('***');
  });
});
