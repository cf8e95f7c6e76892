// Formatting for bench.mjs: numbers, the console table and BENCHMARKS.md.

export const fmt = {
  mbps: (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 0.1 ? x.toFixed(2) : x.toFixed(3)),
  ms: (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)),
  s: (ms) => `${(ms / 1000).toFixed(ms >= 10_000 ? 1 : 2)} s`,
  mb: (x) => `${x.toFixed(0)} MB`,
  int: (x) => Math.round(x).toLocaleString('en-US'),
  x: (r) => `${r >= 10 ? r.toFixed(0) : r.toFixed(2)}x`,
};

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const MARK = { true: 'PASS', false: 'FAIL', null: 'n/a' };
export const mark = (pass) => MARK[String(pass ?? null)];

/** Plain aligned table for the terminal. rows: { measure, figure, target, pass }. */
export function textTable(rows) {
  const cols = [['Measure', 'measure'], ['Figure', 'figure'], ['Target', 'target'], ['', 'mark']];
  const cells = rows.map((r) => ({ ...r, target: r.target ?? '', mark: r.target ? mark(r.pass) : '' }));
  const width = cols.map(([h, k]) => Math.max(h.length, ...cells.map((c) => String(c[k]).length)));
  const line = (vals) => vals.map((v, i) => String(v).padEnd(width[i])).join('  ').trimEnd();
  const out = [line(cols.map(([h]) => h)), line(width.map((w) => '-'.repeat(w)))];
  let section = null;
  for (const c of cells) {
    if (c.section !== section) {
      out.push('', `[${c.section}]`);
      section = c.section;
    }
    out.push(line(cols.map(([, k]) => c[k])));
  }
  return out.join('\n');
}

const esc = (s) => String(s).replace(/\|/g, '\\|');

export function markdownTable(rows) {
  const out = ['| Section | Measure | Figure | Target | Result |', '|---|---|---|---|---|'];
  for (const r of rows) out.push(`| ${esc(r.section)} | ${esc(r.measure)} | ${esc(r.figure)} | ${esc(r.target ?? '')} | ${r.target ? mark(r.pass) : ''} |`);
  return out.join('\n');
}
