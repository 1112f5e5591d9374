import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { metrics } from '@/lib/metrics/registry';
import { promtool, promtoolAvailable } from '../support/promtool';

// The dashboards are plain JSON that Grafana provisions; this keeps them honest: every query parses as
// PromQL (promtool checks them as recording rules) and names only metrics this app exports (or
// Prometheus' own `up`), so renaming a metric without its panel fails here.

const root = path.join(import.meta.dirname, '../..');
type Panel = { title: string; targets?: { expr: string }[] };
type Dashboard = { uid: string; title: string; panels: Panel[] };

const dashboards = ['shop', 'platform'].map(
  (name) => JSON.parse(readFileSync(path.join(root, `ops/grafana/dashboards/${name}.json`), 'utf8')) as Dashboard,
);
const rules = readFileSync(path.join(root, 'ops/prometheus/alerts.yml'), 'utf8');

async function exportedNames(): Promise<Set<string>> {
  const names = new Set(['up']);
  for (const m of await metrics().registry.getMetricsAsJSON()) {
    names.add(m.name);
    if (String(m.type) === 'histogram') for (const s of ['_bucket', '_sum', '_count']) names.add(m.name + s);
  }
  return names;
}

/** The app's metric names in a PromQL expression (not recording rules, `a:b:c`, nor quoted label values). */
function metricNames(expr: string): string[] {
  const unquoted = expr.replace(/"[^"]*"/g, '""');
  return [...unquoted.matchAll(/(?<![:\w])(atl_\w+|up)(?![:\w])/g)].map((m) => m[1] ?? '');
}

const tmp = mkdtempSync(path.join(tmpdir(), 'atl-dash-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('Grafana dashboards', () => {
  it('are the Shop and Platform dashboards with the panels the runbook talks about', () => {
    const titles = Object.fromEntries(dashboards.map((d) => [d.uid, d.panels.map((p) => p.title)]));
    expect(titles['atl-shop']).toEqual(
      expect.arrayContaining(['Orders per minute', 'Funnel (selected range)', 'p95 latency per route', '5xx rate']),
    );
    expect(titles['atl-platform']).toEqual(
      expect.arrayContaining([
        'Instances up',
        'DB pool connections in use',
        'Replica lag',
        'Outbox backlog',
        'Event-loop lag p99',
      ]),
    );
  });

  it('query only metrics that the app exports', async () => {
    const names = await exportedNames();
    const exprs = dashboards.flatMap((d) => d.panels.flatMap((p) => (p.targets ?? []).map((t) => t.expr)));
    const ruleExprs = [...rules.matchAll(/expr: (.+)/g)].map((m) => m[1] ?? '');
    const used = new Set([...exprs, ...ruleExprs].flatMap(metricNames));
    expect(used.size).toBeGreaterThan(10);
    for (const name of used) expect(names, `${name} is not exported by lib/metrics/registry.ts`).toContain(name);
  });

  it.skipIf(!promtoolAvailable())('have queries that parse as PromQL', () => {
    const exprs = dashboards.flatMap((d) => d.panels.flatMap((p) => (p.targets ?? []).map((t) => t.expr)));
    const file = path.join(tmp, 'dashboards.rules.yml');
    const body = exprs
      .map(
        (e, i) =>
          `      - record: dashboard:query${i}\n        expr: ${JSON.stringify(e.replaceAll('$__range', '1h'))}`,
      )
      .join('\n');
    writeFileSync(file, `groups:\n  - name: dashboards\n    rules:\n${body}\n`);
    const { status, output } = promtool(['check', 'rules', file]);
    expect(output, output).toContain(`SUCCESS: ${exprs.length} rules found`);
    expect(status).toBe(0);
  });
});
