import { describe, expect, it } from 'vitest';
import { pooledSmtpUrl } from './mailer';

describe('pooledSmtpUrl', () => {
  it('asks nodemailer for a pool of connections', () => {
    const url = new URL(pooledSmtpUrl('smtps://user:p%40ss@smtp.example.com:465', 5));
    expect(url.searchParams.get('pool')).toBe('true');
    expect(url.searchParams.get('maxConnections')).toBe('5');
    expect(url.password).toBe('p%40ss');
  });

  it('leaves a URL that configures the pool itself alone', () => {
    expect(pooledSmtpUrl('smtp://h:25?pool=false', 5)).toBe('smtp://h:25?pool=false');
  });
});
