/** One autocannon run, reduced to what the report shows. */
export interface Measurement {
  label: string;
  rps: number;
  p50: number;
  p99: number;
  total: number;
  non2xx: number;
  errors: number;
  /** 201 answers (POST runs). */
  created: number;
}

const mark = (ok: boolean) => (ok ? '✓' : '✗');
const pct = (ratio: number) => `${(ratio * 100).toFixed(0)} %`;

/** The benchmark's table, ratios and target checks. */
export function formatApiReport(runs: { hello: Measurement; sameJson: Measurement; get: Measurement; post: Measurement; stored: number }): string {
  const { hello, sameJson, get, post, stored } = runs;
  const rows = [hello, sameJson, get, post].map(
    (m) => `| ${m.label} | ${m.rps.toFixed(0)} | ${m.p50} ms | ${m.p99} ms | ${pct(m.rps / sameJson.rps)} | ${pct(m.rps / hello.rps)} | ${m.non2xx} | ${m.errors} |`,
  );
  const getOk = get.rps >= 0.5 * sameJson.rps;
  const postOk = post.rps >= 300 && post.p99 <= 100;
  const lost = post.created !== stored;
  return [
    '| run | req/s | p50 | p99 | vs same JSON | vs hello | non-2xx | errors |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `${mark(getOk)} GET: ${pct(get.rps / sameJson.rps)} of the same-JSON baseline (target ≥ 50 %)`,
    `${mark(postOk)} POST: ${post.rps.toFixed(0)} req/s, p99 ${post.p99} ms (target ≥ 300 req/s, p99 ≤ 100 ms)`,
    `${mark(!lost && post.non2xx === 0)} POST: ${post.created} answers 201, ${stored} comments stored${lost ? ' — MISMATCH' : ', nothing lost'}`,
  ].join('\n');
}
