// A claim read from one NDJSON line, without JSON.parse or zod. A million claims cost some 7 s
// to parse and 3 s more to check with zod; most of each line (text, sentence, id) is never
// looked at by the reconciler. So a line is matched against the exact text that
// `JSON.stringify(Claim.parse(JSON.parse(line)))` would give back (keys in schema order, no
// spaces, numbers and escapes as JSON.stringify writes them). A line that matches is a valid
// claim whose JSON output is the line itself: the fields the reconciler reads are taken from the
// match, the rest are parsed only when asked for, and the writer copies the line's bytes.
// Any other line (reordered keys, spaces, unusual escapes, a bad field) returns null, and the
// caller parses and checks it with zod as before, which also words the errors.
import { Qualifier, type Claim } from '../../model.js';

type Kind = 'string' | 'number' | 'span' | 'boolean' | 'isoDate' | 'qualifier' | 'strings' | LineField[];

export interface LineField {
  key: string;
  kind: Kind;
  nullable?: boolean;
  optional?: boolean;
  /** Captured for the reconciler; the others are only checked. */
  capture?: boolean;
}

/** The Claim schema's keys in order (tests/cli/diff-lines.test.ts holds this to src/model.ts). */
export const CLAIM_LINE: LineField[] = [
  { key: 'id', kind: 'string' },
  { key: 'metric', kind: 'string', capture: true },
  { key: 'status', kind: 'string', capture: true },
  { key: 'value', kind: 'number', capture: true },
  { key: 'low', kind: 'number', capture: true },
  { key: 'high', kind: 'number', capture: true },
  { key: 'unit', kind: 'string' },
  { key: 'qualifier', kind: 'qualifier', capture: true },
  { key: 'incremental', kind: 'boolean', capture: true },
  { key: 'text', kind: 'string' },
  { key: 'sentence', kind: 'string' },
  { key: 'span', kind: 'span', capture: true },
  { key: 'claimant', kind: 'string', nullable: true, capture: true },
  { key: 'scope', kind: 'string', nullable: true, capture: true },
  { key: 'subject', kind: 'string', nullable: true, capture: true },
  { key: 'asOf', kind: 'isoDate', nullable: true, capture: true },
  {
    key: 'source',
    kind: [
      { key: 'file', kind: 'string', capture: true },
      { key: 'outlet', kind: 'string', nullable: true, capture: true },
      { key: 'url', kind: 'string', nullable: true, capture: true },
      { key: 'published', kind: 'isoDate', nullable: true, capture: true },
    ],
  },
  { key: 'evidence', kind: [{ key: 'rule', kind: 'string' }, { key: 'cue', kind: 'string' }, { key: 'reason', kind: 'string', optional: true }] },
  { key: 'inferred', kind: 'strings' },
];

// String contents as JSON.stringify writes them: no raw quote, backslash, control character or
// lone surrogate; escapes only where it uses them (\" \\ \b \f \n \r \t, \u00XX for the other
// control characters). Written as an unrolled loop so plain runs cost one character-class scan.
const PLAIN = String.raw`[^"\\\x00-\x1f\ud800-\udfff]*`;
const SPECIAL = String.raw`(?:\\(?:["\\bfnrt]|u00(?:0[0-7bef]|1[0-9a-f]))|[\ud800-\udbff][\udc00-\udfff])`;
const STRING_BODY = `${PLAIN}(?:${SPECIAL}${PLAIN})*`;
// Numbers as JSON.stringify writes them, checked further by canonicalNumber (trailing zeros).
const NUMBER = String.raw`-?(?:0|[1-9]\d*)(?:\.\d+)?`;
// A non-negative safe integer: at most 15 digits, no leading zero.
const INDEX = String.raw`0|[1-9]\d{0,14}`;
// IsoDate in src/model.ts.
const ISO_DATE = String.raw`\d{4}(?:-\d{2}(?:-\d{2})?)?`;

function valuePattern(field: LineField, names: string[]): string {
  const group = (body: string, name = field.key) => {
    if (!field.capture) return `(?:${body})`;
    names.push(name);
    return `(${body})`;
  };
  const kind = field.kind;
  let pattern: string;
  if (Array.isArray(kind)) pattern = `\\{${fieldsPattern(kind, names)}\\}`;
  else if (kind === 'string') pattern = `"${group(STRING_BODY)}"`;
  else if (kind === 'isoDate') pattern = `"${group(ISO_DATE)}"`;
  else if (kind === 'number') pattern = group(NUMBER);
  else if (kind === 'boolean') pattern = group('true|false');
  else if (kind === 'qualifier') pattern = `"${group(Qualifier.options.join('|'))}"`;
  else if (kind === 'span') pattern = `\\[${group(INDEX, 'spanStart')},${group(INDEX, 'spanEnd')}\\]`;
  else pattern = `\\[(?:"${STRING_BODY}"(?:,"${STRING_BODY}")*)?\\]`;
  return field.nullable ? `(?:null|${pattern})` : pattern;
}

function fieldsPattern(fields: LineField[], names: string[]): string {
  return fields
    .map((f, i) => {
      const member = `${i ? ',' : ''}"${f.key}":${valuePattern(f, names)}`;
      return f.optional ? `(?:${member})?` : member;
    })
    .join('');
}

const names: string[] = [];
const LINE = new RegExp(`^\\{${fieldsPattern(CLAIM_LINE, names)}\\}$`);
const at = (name: string): number => names.indexOf(name) + 1;
const METRIC = at('metric');
const STATUS = at('status');
const VALUE = at('value');
const LOW = at('low');
const HIGH = at('high');
const QUALIFIER = at('qualifier');
const INCREMENTAL = at('incremental');
const SPAN_START = at('spanStart');
const SPAN_END = at('spanEnd');
const CLAIMANT = at('claimant');
const SCOPE = at('scope');
const SUBJECT = at('subject');
const AS_OF = at('asOf');
const FILE = at('file');
const OUTLET = at('outlet');
const URL = at('url');
const PUBLISHED = at('published');

/** The number, when JSON.stringify would write it exactly so ("1.50" and "-0" are not). */
function canonicalNumber(text: string): number | null {
  const n = Number(text);
  if (text.length <= 15 && !text.includes('.')) return text === '-0' ? null : n;
  return String(n) === text ? n : null;
}

/**
 * Strings that repeat across claims (outlets, places, dates, files) kept once: a million claims
 * hold a few thousand distinct values, and the reconciler's look-ups then hash each only once.
 */
export type Interner = Map<string, string>;

function intern(table: Interner, s: string): string {
  const hit = table.get(s);
  if (hit !== undefined) return hit;
  table.set(s, s);
  return s;
}

/** A captured string's value: escapes are rare, so JSON.parse runs only on those that have one. */
function stringOf(raw: string, escaped: boolean, table: Interner): string {
  return intern(table, escaped && raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw);
}

function nullableOf(raw: string | undefined, escaped: boolean, table: Interner): string | null {
  return raw === undefined ? null : stringOf(raw, escaped, table);
}

/**
 * The claim on `line` (the text of `bytes`), or null when the line is not written the way
 * JSON.stringify writes a claim. `bytes` must be valid UTF-8 (so that they are the line's text).
 */
export function claimOfLine(line: string, bytes: Buffer, start: number, end: number, table: Interner): LineClaim | null {
  const m = LINE.exec(line);
  if (!m) return null;
  const value = canonicalNumber(m[VALUE]!);
  const low = canonicalNumber(m[LOW]!);
  const high = canonicalNumber(m[HIGH]!);
  if (value === null || low === null || high === null) return null;
  const escaped = line.includes('\\');
  return new LineClaim(
    stringOf(m[METRIC]!, escaped, table),
    stringOf(m[STATUS]!, escaped, table),
    value,
    low,
    high,
    intern(table, m[QUALIFIER]!) as Claim['qualifier'],
    m[INCREMENTAL] === 'true',
    nullableOf(m[CLAIMANT], escaped, table),
    nullableOf(m[SCOPE], escaped, table),
    nullableOf(m[SUBJECT], escaped, table),
    m[AS_OF] === undefined ? null : intern(table, m[AS_OF]),
    {
      file: stringOf(m[FILE]!, escaped, table),
      outlet: nullableOf(m[OUTLET], escaped, table),
      url: m[URL] === undefined ? null : escaped && m[URL].includes('\\') ? (JSON.parse(`"${m[URL]}"`) as string) : m[URL],
      published: m[PUBLISHED] === undefined ? null : intern(table, m[PUBLISHED]),
    },
    Number(m[SPAN_START]),
    Number(m[SPAN_END]),
    bytes,
    start,
    end,
  );
}

/**
 * A Claim whose reconciled fields are plain properties and whose other fields (id, unit, text,
 * sentence, evidence, inferred) are parsed from the line on first use. Its JSON is the line.
 */
export class LineClaim implements Claim {
  #spanStart: number;
  #spanEnd: number;
  #bytes: Buffer;
  #start: number;
  #end: number;
  #parsed: Claim | null = null;

  constructor(
    public metric: string,
    public status: string,
    public value: number,
    public low: number,
    public high: number,
    public qualifier: Claim['qualifier'],
    public incremental: boolean,
    public claimant: string | null,
    public scope: string | null,
    public subject: string | null,
    public asOf: string | null,
    public source: Claim['source'],
    spanStart: number,
    spanEnd: number,
    bytes: Buffer,
    start: number,
    end: number,
  ) {
    this.#spanStart = spanStart;
    this.#spanEnd = spanEnd;
    this.#bytes = bytes;
    this.#start = start;
    this.#end = end;
  }

  /** Length of the claim's JSON in bytes. */
  static byteLength(claim: LineClaim): number {
    return claim.#end - claim.#start;
  }

  /** Copies the claim's JSON (the line, exactly as JSON.stringify would write it) into `target`. */
  static copyInto(claim: LineClaim, target: Uint8Array, at: number): number {
    return claim.#bytes.copy(target, at, claim.#start, claim.#end);
  }

  #full(): Claim {
    return (this.#parsed ??= JSON.parse(this.#bytes.toString('utf8', this.#start, this.#end)) as Claim);
  }

  get span(): Claim['span'] {
    return [this.#spanStart, this.#spanEnd];
  }
  get id(): string {
    return this.#full().id;
  }
  get unit(): string {
    return this.#full().unit;
  }
  get text(): string {
    return this.#full().text;
  }
  get sentence(): string {
    return this.#full().sentence;
  }
  get evidence(): Claim['evidence'] {
    return this.#full().evidence;
  }
  get inferred(): string[] {
    return this.#full().inferred;
  }

  /** JSON.stringify(claim) gives the line back, keys in schema order. */
  toJSON(): Claim {
    return this.#full();
  }
}
