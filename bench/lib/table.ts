// A plain-text table for terminal output: right-aligned numbers, '–' for missing values.

export type Column<Row> = { title: string; value: (row: Row) => string | number | null };

export function formatTable<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): string {
  const cells = rows.map((row) =>
    columns.map((c) => {
      const v = c.value(row);
      return v === null ? '–' : String(v);
    }),
  );
  const widths = columns.map((c, i) => Math.max(c.title.length, ...cells.map((r) => r[i]?.length ?? 0)));
  const numeric = columns.map((_, i) => cells.every((r) => /^[-–\d.,]*$/.test(r[i] ?? '')));
  const line = (values: readonly string[]) =>
    values
      .map((v, i) => (numeric[i] ? v.padStart(widths[i] ?? 0) : v.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.title)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

type Measured = {
  requestsPerSec: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  non2xx: number;
  errors: number;
};

/** The measurement columns every benchmark table shows, after its own label columns. */
export function measuredColumns<Row extends Measured>(): Column<Row>[] {
  return [
    { title: 'req/s', value: (r) => r.requestsPerSec },
    { title: 'p50 ms', value: (r) => r.p50 },
    { title: 'p95 ms', value: (r) => r.p95 },
    { title: 'p99 ms', value: (r) => r.p99 },
    { title: 'non-2xx', value: (r) => r.non2xx },
    { title: 'errors', value: (r) => r.errors },
  ];
}
