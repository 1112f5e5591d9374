import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { serializeError } from './serialize-error';

const phone = '0912345678';
const email = 'an.nguyen@example.vn';

function driverError(): Error {
  return Object.assign(new Error('new row for relation "orders" violates check constraint "x"'), {
    code: '23514',
    severity: 'ERROR',
    detail: `Failing row contains (${phone}, ${email}).`,
    where: `insert … ${email}`,
  });
}

describe('serializeError', () => {
  it("logs a failed query as the driver's code and message, without SQL, parameters or details", () => {
    const err = new DrizzleQueryError(
      'insert into orders (phone, email) values ($1, $2)',
      [phone, email],
      driverError(),
    );
    const out = serializeError(err);
    expect(out).toEqual({
      type: 'DatabaseError',
      code: '23514',
      message: 'new row for relation "orders" violates check constraint "x"',
    });
    expect(JSON.stringify(out)).not.toContain(phone);
    expect(JSON.stringify(out)).not.toContain(email);
  });

  it('finds the query error below other wrappers too', () => {
    const inner = new DrizzleQueryError('update users set email = $1', [email], driverError());
    const out = serializeError(new Error('saving failed', { cause: inner }));
    expect(JSON.stringify(out)).not.toContain(email);
    expect(out).toMatchObject({ type: 'DatabaseError', code: '23514' });
  });

  it('keeps ordinary errors as pino does, with their stack', () => {
    const out = serializeError(Object.assign(new Error('boom'), { code: 'E_X' })) as Record<string, unknown>;
    expect(out).toMatchObject({ type: 'Error', message: 'boom', code: 'E_X' });
    expect(String(out.stack)).toContain('boom');
  });

  it("drops what a client error was sending (nodemailer's rejected recipients, ioredis' command)", () => {
    const smtp = Object.assign(new Error("Can't send mail - all recipients were rejected"), {
      code: 'EENVELOPE',
      responseCode: 550,
      rejected: [email],
      rejectedErrors: [{ recipient: email }],
    });
    const redis = Object.assign(new Error('Command timed out'), { command: { name: 'hget', args: ['cart:secret'] } });
    expect(JSON.stringify(serializeError(smtp))).not.toContain(email);
    expect(serializeError(smtp)).toMatchObject({ code: 'EENVELOPE', responseCode: 550 });
    expect(JSON.stringify(serializeError(redis))).not.toContain('cart:secret');
  });

  it('leaves non-errors alone', () => {
    expect(serializeError({ a: 1 })).toEqual({ a: 1 });
  });
});
