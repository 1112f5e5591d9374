import { describe, expect, it } from 'vitest';
import { backoffMs, markRetryDelays } from './deliver';

describe('outbox delivery timing', () => {
  it('retries the mark with growing waits that together stay within three quarters of the lease', () => {
    const delays = markRetryDelays(60);
    expect(delays.slice(0, 4)).toEqual([250, 500, 1000, 2000]);
    expect(delays.every((d) => d <= 2000)).toBe(true);
    const total = delays.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThan(45_000);
    expect(total).toBeGreaterThan(40_000);
  });

  it('backs off 30 s, 1 min, 2 min … up to an hour', () => {
    expect([1, 2, 3].map(backoffMs)).toEqual([30_000, 60_000, 120_000]);
    expect(backoffMs(20)).toBe(3_600_000);
  });
});
