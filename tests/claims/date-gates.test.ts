// The chrono parser gates (src/data/dates.ts CHRONO_PARSER_GATES) only skip a parser where its
// own pattern cannot match: every date phrase a gated parser's pattern matches also passes its
// gate, and chrono finds the same dates with the gates as without, on the seeds and the BBC
// corpus (when ../shared/corpus is there).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Chrono, casual, type Parser } from 'chrono-node/en';
import { describe, expect, test } from 'vitest';
import { newsParsers } from '../../src/claims/dates.js';
import { CHRONO_PARSER_GATES, CHRONO_PARSERS, DATE_HINT } from '../../src/data/dates.js';

const root = join(import.meta.dirname, '..', '..');
const bbc = join(root, '..', 'shared', 'corpus', 'bbc');

const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORDINALS = [
  ...UNITS, 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
  'eighteenth', 'nineteenth', 'twentieth', 'thirtieth', ...UNITS.flatMap((u) => [`twenty-${u}`, `twenty ${u}`]), 'thirty-first', 'thirty first',
];
const DAYS = ['1', '5', '05', '15', '31', '1st', '2nd', '3rd', '4th', '22nd', '31st', ...ORDINALS];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'jan.', 'aug.', 'sept.', 'dec.'];
const YEARS = ['2017', '1999', '44 BC', '2017 AD', '300 BCE', '17'];
const SEPARATORS = ['', ' ', '  ', '-', '/', ' of ', 'of', ', ', ',', ' - ', '.'];
const cases = (s: string) => [s, s.toUpperCase(), s[0]!.toUpperCase() + s.slice(1)];

/** Phrases of every shape the gated parsers read, and many near misses. */
function phrases(): string[] {
  const out: string[] = [];
  for (const m of MONTHS) for (const mc of cases(m)) {
    for (const sep of SEPARATORS) {
      for (const d of DAYS) {
        out.push(`On ${d}${sep}${mc} 2017, it rained.`, `on ${mc}${sep}${d}, 2017.`, `from ${d} to ${d}${sep}${mc}.`, `${mc}${sep}${d} to 20.`);
      }
      for (const y of YEARS) out.push(`In ${y}${sep}${mc} they left.`, `(${mc}${sep}${y})`);
    }
  }
  return out;
}

const context = { text: '', option: {}, reference: { instant: new Date(), timezone: 0 } } as never;

describe('chrono parser gates', () => {
  const gatedNames = Object.keys(CHRONO_PARSER_GATES);

  test('every gated parser is one the claims stage runs', () => {
    for (const name of gatedNames) expect(CHRONO_PARSERS.has(name)).toBe(true);
  });

  test.each(gatedNames)('%s: every phrase its pattern matches passes its gate', (name) => {
    const parser = casual.parsers.find((p) => p.constructor.name === name)!;
    const pattern = parser.pattern(context);
    const gate = CHRONO_PARSER_GATES[name]!;
    let matched = 0;
    for (const text of phrases()) {
      // chrono also runs the pattern on the text after a rejected match: any suffix.
      for (let i = 0; i < text.length; i++) {
        const rest = text.slice(i);
        if (!pattern.test(rest)) break;
        matched++;
        if (!gate.test(rest)) expect.fail(`${name}: the gate misses ${JSON.stringify(rest)}`);
      }
    }
    expect(matched).toBeGreaterThan(500);
  });

  /** Sentences of the seeds and of the BBC corpus that reach chrono (DATE_HINT). */
  function sentences(): string[] {
    const files = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => join(root, 'seeds', f));
    if (existsSync(bbc)) {
      for (const section of readdirSync(bbc, { withFileTypes: true })) {
        if (!section.isDirectory()) continue;
        const dir = join(bbc, section.name);
        files.push(...readdirSync(dir).slice(0, 60).map((f) => join(dir, f)));
      }
    }
    return files.flatMap((f) => readFileSync(f, 'utf8').split(/(?<=[.!?])\s+|\n+/)).filter((s) => DATE_HINT.test(s));
  }

  test('chrono finds the same dates with the gates as without', () => {
    const refiners = casual.refiners;
    const plain = new Chrono({ parsers: casual.parsers.filter((p) => CHRONO_PARSERS.has(p.constructor.name)), refiners });
    const gated = new Chrono({ parsers: newsParsers(), refiners });
    const instant = new Date(Date.UTC(2017, 7, 22, 12));
    const show = (c: Chrono, s: string) => c.parse(s, { instant, timezone: 0 }, { forwardDate: false }).map((r) => `${r.index} ${r.text} ${r.start.date().toISOString()}`);
    const all = sentences();
    let skipped = 0;
    for (const s of all) {
      expect(show(gated, s), s).toEqual(show(plain, s));
      if (gatedNames.some((n) => !CHRONO_PARSER_GATES[n]!.test(s))) skipped++;
    }
    // The gates do skip parsers (else they would be dead weight).
    expect(skipped).toBeGreaterThan(all.length / 2);
  });

  test('a gated parser keeps its own pattern where the gate lets the text through', () => {
    const parsers: Parser[] = newsParsers();
    expect(parsers).toHaveLength(CHRONO_PARSERS.size);
    const text = 'On 15 August 2017, and on August 16.';
    const ctx = { ...(context as object), text } as never;
    const patterns = parsers.map((p) => p.pattern(ctx).source);
    expect(patterns.filter((s) => s === '(?!)')).toHaveLength(0);
  });
});
