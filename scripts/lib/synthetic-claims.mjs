// Realistic synthetic claims for timing `claims diff`: valid by the zod Claim schema, five metrics
// with their statuses, hedges with matching intervals, 14 outlets, 40 claimants (and narration),
// dates over two years, and scopes drawn from 5,000 places with a Zipf-like popularity (the top
// place holds about 10% of the claims; 10% have no scope), so groups range from one claim to
// tens of thousands, as in a real multi-year corpus. Deterministic for a given seed.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { prng } from './inputs.mjs';

const OUTLETS = ['Press TV', 'Al Arabiya', 'Al-Shahid Witness', 'Reuters', 'AFP', 'BBC', 'Al Jazeera', 'SANA', 'Al-Manar', 'Daily Sabah', 'Sputnik', 'Al-Ahram', 'Al-Alam', 'Naharnet'];
const CLAIMANTS = Array.from({ length: 40 }, (_, i) => ['Ali Qanso', 'Hezbollah media bureau', 'Lebanese army', 'Syrian Observatory for Human Rights', 'UNHCR', 'the ministry of health', 'Rami Abdulrahman', 'Hassan Nasrallah'][i % 8] + (i < 8 ? '' : ` ${i}`));
const SUBJECTS = { casualties: ['soldiers', 'militants', 'civilians', null], captives: ['soldiers', 'civilians', null], combatants: ['ISIS', 'al-Nusra Front', 'Hezbollah'], area: [null], displaced: [null] };
const METRICS = [
  // metric, weight, statuses, unit, value range
  ['area', 0.25, ['captured', 'remaining', 'besieged', 'targeted', 'held'], 'km2', [1, 400]],
  ['casualties', 0.35, ['killed', 'wounded'], 'people', [1, 800]],
  ['captives', 0.12, ['taken', 'held', 'released', 'dead'], 'people', [1, 60]],
  ['combatants', 0.13, ['present'], 'people', [50, 5000]],
  ['displaced', 0.15, ['present'], 'people', [100, 200000]],
];
const QUALIFIERS = [
  ['exact', 0.45, (v) => [v, v]], ['approx', 0.2, (v) => [Math.floor(v * 0.9), Math.ceil(v * 1.1)]],
  ['nearly', 0.07, (v) => [Math.floor(v * 0.9), v]], ['over', 0.1, (v) => [v, Math.ceil(v * 1.1)]],
  ['under', 0.03, (v) => [Math.floor(v * 0.9), v]], ['at_least', 0.05, (v) => [v, Math.ceil(v * 1.2)]],
  ['at_most', 0.03, (v) => [0, v]], ['range', 0.04, (v) => [v, Math.ceil(v * 1.15)]], ['vague', 0.03, (v) => [v, v * 10]],
];
const VERBS = { captured: 'captured', remaining: 'remain to be cleared of', besieged: 'are under siege in', targeted: 'are targeted in', held: 'are held by militants in', killed: 'were killed', wounded: 'were wounded', taken: 'were taken hostage', released: 'were released', dead: 'died in captivity', present: 'are present' };
/** Vague amounts and the lower bound they stand for (../shared/eval/README.md). */
const VAGUE = [['dozens', 24], ['scores', 40], ['hundreds', 200], ['thousands', 2000]];
const PLACES = 5000;
const DAY = 86_400_000;
const START = Date.UTC(2016, 0, 1);

function pick(rnd, weighted) {
  let r = rnd();
  for (const w of weighted) if ((r -= w[1]) < 0) return w;
  return weighted[weighted.length - 1];
}

/** A place name with Zipf-like popularity over PLACES names (rank = floor(PLACES^u) - 1), or null. */
function place(rnd) {
  return rnd() < 0.1 ? null : `Place ${Math.floor(PLACES ** rnd()) - 1}`;
}

export function* syntheticClaims(n, seed = 1) {
  const rnd = prng(seed);
  const iso = (t) => new Date(t).toISOString().slice(0, 10);
  for (let i = 0; i < n; i++) {
    const [metric, , statuses, unit, [lo, hi]] = pick(rnd, METRICS);
    const status = statuses[Math.floor(rnd() * statuses.length)];
    const [qualifier, , interval] = pick(rnd, QUALIFIERS);
    const vague = VAGUE[Math.floor(rnd() * VAGUE.length)];
    const value = qualifier === 'vague' ? vague[1] : Math.round(lo + (hi - lo) * rnd() ** 2);
    const [low, high] = interval(value);
    const subjects = SUBJECTS[metric];
    const subject = subjects[Math.floor(rnd() * subjects.length)];
    const scope = place(rnd);
    const file = `corpus/${String(Math.floor(i / 5)).padStart(7, '0')}.txt`;
    const outlet = OUTLETS[Math.floor(rnd() * OUTLETS.length)];
    const day = START + Math.floor(rnd() * 730) * DAY;
    const published = rnd() < 0.93 ? iso(day) : null;
    const asOf = rnd() < 0.8 ? iso(day - Math.floor(rnd() * 3) * DAY) : null;
    const claimant = rnd() < 0.3 ? null : CLAIMANTS[Math.floor(rnd() * CLAIMANTS.length)];
    const hedge = { exact: '', approx: 'about ', nearly: 'nearly ', over: 'more than ', under: 'fewer than ', at_least: 'at least ', at_most: 'up to ', range: 'between ', vague: '' }[qualifier];
    const number = qualifier === 'range' ? `${value} and ${high}` : qualifier === 'vague' ? `${vague[0]} of` : String(value);
    const text = `${hedge}${number}${unit === 'km2' ? ' square kilometers' : ` ${subject ?? 'people'}`}`;
    const where = scope ? ` in ${scope}` : '';
    const sentence = `${claimant ? `${claimant} said ` : ''}${text[0].toUpperCase()}${text.slice(1)} ${VERBS[status]}${where} since the offensive began, according to figures released on ${asOf ?? 'Saturday'}.`;
    const start = 40 + Math.floor(rnd() * 3000);
    yield {
      id: `${file}#${start}`,
      metric, status, value, low, high, unit, qualifier,
      incremental: rnd() < 0.05,
      text, sentence, span: [start, start + text.length],
      claimant, scope, subject, asOf,
      source: { file, outlet, url: rnd() < 0.5 ? `https://example.org/${outlet.toLowerCase().replace(/\W+/g, '-')}/${i}` : null, published },
      evidence: { rule: `${metric}.${status}`, cue: VERBS[status] },
      inferred: asOf && rnd() < 0.3 ? ['asOf'] : [],
    };
  }
}

/** Writes the first counts[k] claims to paths[k] (one pass: the smaller files are prefixes). */
export async function writeClaims(paths, counts, seed = 1) {
  const streams = paths.map((p) => createWriteStream(p));
  const max = Math.max(...counts);
  let buf = [];
  let written = 0;
  const flush = async () => {
    const chunk = buf.join('');
    buf = [];
    for (const [k, s] of streams.entries()) {
      if (written < counts[k] && !s.write(chunk)) await once(s, 'drain');
    }
  };
  for (const c of syntheticClaims(max, seed)) {
    buf.push(`${JSON.stringify(c)}\n`);
    if (buf.length === 10_000 || counts.includes(written + buf.length)) {
      const n = buf.length;
      await flush();
      written += n;
    }
  }
  if (buf.length) {
    const n = buf.length;
    await flush();
    written += n;
  }
  await Promise.all(streams.map((s) => new Promise((resolve, reject) => s.end((err) => (err ? reject(err) : resolve())))));
}
