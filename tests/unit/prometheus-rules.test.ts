import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { promtool, promtoolAvailable } from '../support/promtool';

// The alert rules are checked and unit-tested by Prometheus' own tool, and every alert must have a test
// in which it fires (with its labels and summary) – a new alert without one fails here.

const dir = path.join(import.meta.dirname, '../../ops/prometheus');
const rules = readFileSync(path.join(dir, 'alerts.yml'), 'utf8');
const tests = readFileSync(path.join(dir, 'alerts.test.yml'), 'utf8');
const available = promtoolAvailable();

describe('Prometheus alert rules', () => {
  it.skipIf(!available)('pass promtool check rules', () => {
    const { status, output } = promtool(['check', 'rules', 'alerts.yml'], dir);
    expect(output).toContain('SUCCESS');
    expect(status).toBe(0);
  });

  it.skipIf(!available)('pass their unit tests (promtool test rules)', () => {
    const { status, output } = promtool(['test', 'rules', 'alerts.test.yml'], dir);
    expect(output, output).toContain('SUCCESS');
    expect(status).toBe(0);
  });

  it('has a firing test for every alert, and the alerts the runbook promises', () => {
    const alerts = [...rules.matchAll(/^\s*- alert: (\w+)/gm)].map((m) => m[1]);
    expect(alerts).toEqual(
      expect.arrayContaining([
        'RouteLatencyP95High',
        'Http5xxRateHigh',
        'OutboxStuck',
        'PaymentWebhookErrors',
        'ReplicaLagHigh',
        'InstanceDown',
        'ErrorBudgetBurnFast',
        'ErrorBudgetBurnSlow',
      ]),
    );
    for (const alert of alerts) {
      const firing = new RegExp(`alertname: ${alert}\\n\\s+exp_alerts:\\n\\s+- exp_labels:`);
      expect(tests, `${alert} has no test in which it fires`).toMatch(firing);
    }
    const runbook = readFileSync(path.join(import.meta.dirname, '../../docs/operations.md'), 'utf8');
    for (const alert of alerts) expect(runbook, `${alert} is not in docs/operations.md`).toContain(alert);
  });
});
