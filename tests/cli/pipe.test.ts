// The built CLI as scripts use it: spawned, stdout a pipe. Each case asserts exit code, stdout
// and stderr. (npm test builds first; run `npm run build` before `npx vitest run tests/cli`.)
import { describe, expect, test } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BIN, BUILT, ROOT, runPipe, cleanEnv, ESC } from './helpers.js';
import { Claim } from '../../src/model.js';

const TSV_HEADER = 'file\tpublished\tmetric\tstatus\tvalue\tqualifier\tclaimant\tquote';

const jsonOf = (stdout: string) => JSON.parse(stdout) as Claim[];
const files = (claims: Claim[]) => [...new Set(claims.map((c) => c.source.file))];

describe.skipIf(!BUILT)('claims extract, piped', () => {
  test('seeds folder with sources.json: a JSON array of valid claims, metadata from the manifest', () => {
    const r = runPipe(['extract', 'seeds', '--json']);
    expect(r.code).toBe(0);
    const claims = jsonOf(r.stdout);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(Claim.safeParse(c).success).toBe(true);
    expect(files(claims)[0]).toBe('seeds/000_97b9829d4493bdf3.txt');
    const first = claims.find((c) => c.source.file === 'seeds/000_97b9829d4493bdf3.txt')!;
    expect(first.source).toMatchObject({ outlet: 'Press TV', published: '2017-08-22' });
    expect(r.stderr).toBe(`claims: read 5 files, found ${claims.length} claims\n`);
  });

  test('order is file, then offset', () => {
    const claims = jsonOf(runPipe(['extract', 'seeds', 'fixtures/articles', '--json']).stdout);
    const keys = claims.map((c) => [c.source.file, c.span[0]] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    expect(keys).toEqual(sorted);
  });

  test('piped default is TSV with a header, no colour, no table borders', () => {
    const r = runPipe(['extract', 'fixtures/articles/dateline.txt']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(TSV_HEADER);
    expect(lines[1]).toMatch(/^fixtures\/articles\/dateline\.txt\t\tcasualties\tkilled\t12\texact\t/);
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).not.toContain('│');
  });

  test('--explain adds rule and cue columns', () => {
    const r = runPipe(['extract', 'fixtures/articles/dateline.txt', '--explain']);
    expect(r.stdout.split('\n')[0]).toBe(`${TSV_HEADER}\trule\tcue`);
    expect(r.stdout.split('\n')[1]!.split('\t')).toHaveLength(10);
  });

  test('--ndjson: one valid claim per line', () => {
    const r = runPipe(['extract', 'fixtures/articles', '--ndjson']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(Claim.safeParse(JSON.parse(line)).success).toBe(true);
  });

  test('--csv and --format csv agree; fields with commas are quoted', () => {
    const a = runPipe(['extract', 'fixtures/articles/dateline.txt', '--csv']);
    const b = runPipe(['extract', 'fixtures/articles/dateline.txt', '--format', 'csv']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.split('\r\n')[0]!.startsWith('id,file,outlet,url,published,metric,status,value')).toBe(true);
    expect(a.stdout).toContain('"BEIRUT, Aug 19 (KUNA) -- Lebanese troops killed 12 militants');
  });

  test('two output formats at once is a usage error', () => {
    const r = runPipe(['extract', 'seeds', '--json', '--ndjson']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('claims: choose one output format, not json and ndjson\n');
  });

  test('--metric filters, repeated or comma-separated', () => {
    const all = jsonOf(runPipe(['extract', 'fixtures/articles', '--json']).stdout);
    const area = jsonOf(runPipe(['extract', 'fixtures/articles', '--json', '--metric', 'area']).stdout);
    const both = jsonOf(runPipe(['extract', 'fixtures/articles', '--json', '--metric', 'area,displaced']).stdout);
    const repeated = jsonOf(runPipe(['extract', 'fixtures/articles', '--json', '-m', 'area', '-m', 'displaced']).stdout);
    expect(area.length).toBe(all.filter((c) => c.metric === 'area').length);
    expect(area.every((c) => c.metric === 'area')).toBe(true);
    expect(both).toEqual(repeated);
    expect(both.length).toBe(all.filter((c) => c.metric === 'area' || c.metric === 'displaced').length);
  });

  test('zero claims is exit 0 with an empty array', () => {
    const r = runPipe(['extract', '-', '--json'], { input: 'Nothing to count here.\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('[]\n');
    expect(r.stderr).toBe('claims: read 1 file, found 0 claims\n');
  });

  test('--quiet drops the summary line', () => {
    const r = runPipe(['extract', 'seeds', '--json', '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe.skipIf(!BUILT)('input formats', () => {
  const claimsOf = (file: string) => jsonOf(runPipe(['extract', file, '--json']).stdout);

  test('.txt with a "Press TV –" tag and a sources.json entry', () => {
    const claims = claimsOf('fixtures/articles/press-tv.txt');
    expect(claims.map((c) => c.value)).toEqual([20, 20]);
    expect(claims[0]!.source).toEqual({ file: 'fixtures/articles/press-tv.txt', outlet: 'Press TV', url: 'https://presstv.example/2017/08/22', published: '2017-08-22' });
  });

  test('.txt with a dateline: outlet from it, no date without a year', () => {
    const claims = claimsOf('fixtures/articles/dateline.txt');
    expect(claims[0]!.source).toEqual({ file: 'fixtures/articles/dateline.txt', outlet: 'KUNA', url: 'https://kuna.example/1', published: null });
  });

  test('.txt with "source:" and page furniture: outlet from the line, no claims from related headlines', () => {
    const claims = claimsOf('fixtures/articles/furniture.txt');
    expect(claims.map((c) => c.value)).toEqual([270, 40]);
    expect(claims[0]!.source.outlet).toBe('Alarabiya');
  });

  test('.md front matter, with sources.json above it', () => {
    const claims = claimsOf('fixtures/articles/report.md');
    expect(claims.map((c) => c.value)).toEqual([100]);
    expect(claims[0]!.source).toEqual({ file: 'fixtures/articles/report.md', outlet: 'Manifest Outlet', url: 'https://example.org/news/offensive', published: '2017-08-26' });
  });

  test('.html: article text only, meta for outlet, date and canonical url', () => {
    const claims = claimsOf('fixtures/articles/page.html');
    expect(claims.map((c) => c.value)).toEqual([15, 3]);
    expect(claims[0]!.source).toEqual({ file: 'fixtures/articles/page.html', outlet: 'Example News', url: 'https://news.example.com/2017/08/21/hills', published: '2017-08-21' });
    expect(claims.some((c) => c.value === 123456 || c.value === 5)).toBe(false);
  });

  test('.jsonl: one document per line, named file.jsonl:LINE', () => {
    const claims = claimsOf('fixtures/articles/feed.jsonl');
    expect(claims.map((c) => [c.source.file, c.value])).toEqual([['fixtures/articles/feed.jsonl:1', 7], ['fixtures/articles/feed.jsonl:2', 300]]);
    expect(claims[0]!.source).toMatchObject({ outlet: 'Wire One', published: '2017-09-01', url: 'https://wire.example/1' });
    expect(claims[1]!.source).toMatchObject({ outlet: 'Wire Two', published: '2017-09-02' });
  });

  test('UTF-8 BOM and CRLF: stripped and normalised, offsets into LF text', () => {
    const claims = claimsOf('fixtures/encoding/bom-crlf.txt');
    expect(claims.map((c) => c.value)).toEqual([25, 3]);
    expect(claims[0]!.span[0]).toBe('Troops seized '.length);
    expect(claims.every((c) => !c.sentence.includes('\r') && !c.sentence.includes('\ufeff'))).toBe(true);
  });

  test('invalid UTF-8 is read as Latin-1 with a warning naming the file', () => {
    const r = runPipe(['extract', 'fixtures/encoding/latin1.txt', '--json']);
    expect(r.code).toBe(0);
    expect(jsonOf(r.stdout)[0]!.sentence).toContain('£15.8m');
    expect(r.stderr).toBe(
      'claims: warning: fixtures/encoding/latin1.txt: not valid UTF-8; read as Latin-1 (windows-1252)\n' +
        'claims: read 1 file, found 1 claim; 1 warning\n',
    );
  });

  test('stdin with -', () => {
    const r = runPipe(['extract', '-', '--json', '--outlet', 'Wire', '--published', '2017-08-19'], { input: 'Gunmen killed 5 people.\r\n' });
    expect(r.code).toBe(0);
    expect(jsonOf(r.stdout)[0]!.source).toEqual({ file: '<stdin>', outlet: 'Wire', url: null, published: '2017-08-19' });
  });

  test('no inputs and a pipe on stdin: stdin is read', () => {
    const r = runPipe(['extract', '--json'], { input: 'Gunmen killed 5 people.\n' });
    expect(r.code).toBe(0);
    expect(jsonOf(r.stdout).map((c) => c.value)).toEqual([5]);
  });

  test('a quoted glob, sorted, only supported files', () => {
    const r = runPipe(['extract', 'fixtures/glob/**/*', '--json']);
    expect(r.code).toBe(0);
    expect(files(jsonOf(r.stdout))).toEqual(['fixtures/glob/a.txt', 'fixtures/glob/nested/b.txt', 'fixtures/glob/nested/c.md']);
  });
});

describe.skipIf(!BUILT)('errors and skips', () => {
  test('missing path: one line naming it, exit 2, other inputs still read', () => {
    const r = runPipe(['extract', 'nosuch/', 'fixtures/glob/a.txt', '--json']);
    expect(r.code).toBe(2);
    expect(jsonOf(r.stdout).map((c) => c.value)).toEqual([5]);
    expect(r.stderr).toBe('claims: no such file or folder: nosuch/ (check the path)\nclaims: read 1 file, found 1 claim; 1 error\n');
  });

  test('a glob that matches nothing', () => {
    const r = runPipe(['extract', 'fixtures/nothing/*.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(
      'claims: no files match the pattern fixtures/nothing/*.txt (check the pattern; files must end in .txt, .text, .md, .markdown, .html, .htm, .xhtml, .jsonl, .ndjson)',
    );
  });

  test('malformed sources.json: each entry named with its zod path; the article is still read', () => {
    const r = runPipe(['extract', 'fixtures/bad/manifest', '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'claims: fixtures/bad/manifest/sources.json: "article.txt".published: invalid date (use YYYY-MM-DD)\n' +
        'claims: fixtures/bad/manifest/sources.json: "other.txt".outlet: Invalid input: expected string, received number\n' +
        'claims: read 1 file, found 1 claim; 2 errors\n',
    );
    // With its manifest entry rejected, the outlet falls back to the text's own tag.
    expect(jsonOf(r.stdout)[0]!.source.outlet).toBe('Press TV');
  });

  test('malformed front matter names the file and line', () => {
    const r = runPipe(['extract', 'fixtures/bad/bad-front.md', '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('[]\n');
    expect(r.stderr).toMatch(/^claims: fixtures\/bad\/bad-front\.md:\d+: front matter: .+ \(fix the YAML between the --- lines\)\n/);
    const date = runPipe(['extract', 'fixtures/bad/bad-date.md', '--json']);
    expect(date.code).toBe(2);
    expect(date.stderr.split('\n')[0]).toBe('claims: fixtures/bad/bad-date.md:1: front matter: published: invalid date "yesterday" (use YYYY-MM-DD)');
  });

  test('malformed JSONL lines are named by line; good lines still count', () => {
    const r = runPipe(['extract', 'fixtures/bad/bad-lines.jsonl', '--json']);
    expect(r.code).toBe(2);
    expect(jsonOf(r.stdout).map((c) => c.source.file)).toEqual(['fixtures/bad/bad-lines.jsonl:1', 'fixtures/bad/bad-lines.jsonl:5']);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^claims: fixtures\/bad\/bad-lines\.jsonl:2: invalid JSON: .+ \(fix or remove the line\)$/);
    expect(lines[1]).toBe('claims: fixtures/bad/bad-lines.jsonl:3: text: missing article text (each line needs a "text" or "content" string)');
    expect(lines[2]).toBe('claims: fixtures/bad/bad-lines.jsonl:4: published: invalid date "not a date" (use YYYY-MM-DD)');
    expect(lines[3]).toBe('claims: read 1 file, found 2 claims; 3 errors');
  });

  test('binary file skipped with a warning, exit 0; --strict makes it exit 2', () => {
    const r = runPipe(['extract', 'fixtures/bad/binary.txt', 'fixtures/glob/a.txt', '--json']);
    expect(r.code).toBe(0);
    expect(jsonOf(r.stdout)).toHaveLength(1);
    expect(r.stderr).toBe(
      'claims: skipped fixtures/bad/binary.txt: binary file (NUL bytes), not an article\n' +
        'claims: read 1 file, found 1 claim; skipped 1 (binary file: fixtures/bad/binary.txt)\n',
    );
    const strict = runPipe(['extract', 'fixtures/bad/binary.txt', 'fixtures/glob/a.txt', '--json', '--strict']);
    expect(strict.code).toBe(2);
    expect(strict.stderr.trimEnd().split('\n').at(-1)).toBe('claims: --strict: 1 input was skipped');
  });

  test('a named file of unknown format is skipped with its reason', () => {
    const r = runPipe(['extract', 'fixtures/bad/notes.pdf']);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe('claims: skipped fixtures/bad/notes.pdf: unknown format (expected .txt, .text, .md, .markdown, .html, .htm, .xhtml, .jsonl, .ndjson)');
  });

  test('unknown metric lists the valid ones', () => {
    const r = runPipe(['extract', 'seeds', '--metric', 'area,deaths']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `claims: error: option '-m, --metric <metric>' argument 'area,deaths' is invalid. Unknown metric "deaths". Allowed choices are area, casualties, captives, combatants, displaced.\n`,
    );
  });

  test('bad flag gets a suggestion, exit 2', () => {
    const r = runPipe(['extract', 'seeds', '--jsn']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("claims: error: unknown option '--jsn'\n(Did you mean --json?)\n");
  });

  test('unknown command gets a suggestion', () => {
    const r = runPipe(['extrct', 'seeds']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'extrct'\n(Did you mean extract?)");
  });

  test('--outlet with more than one document is a usage error', () => {
    const r = runPipe(['extract', 'seeds', '--outlet', 'X']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('claims: --outlet and --published apply to a single document, and 5 files were given (name one file, or put the metadata in sources.json)\n');
    const jsonl = runPipe(['extract', 'fixtures/articles/feed.jsonl', '--published', '2017-01-01', '--json']);
    expect(jsonl.code).toBe(2);
    expect(jsonl.stderr).toContain('fixtures/articles/feed.jsonl holds more than one');
  });

  test('--published must be a date', () => {
    const r = runPipe(['extract', 'fixtures/glob/a.txt', '--published', 'soon']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('claims: --published: invalid date "soon" (use YYYY-MM-DD)\n');
  });

  test('no stack trace unless DEBUG=claims', () => {
    const plain = runPipe(['extract', 'fixtures/glob/a.txt', '--config', 'fixtures/bad/config/claims.config.json']);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toBe(
      'claims: fixtures/bad/config/claims.config.json: cues[0].status: "captured" is not a status of casualties (expected killed, wounded)\n',
    );
    const debug = runPipe(['extract', 'fixtures/glob/a.txt', '--config', 'fixtures/bad/config/claims.config.json'], { env: { DEBUG: 'claims' } });
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  test('closed pipe (| head -1) ends quietly with exit 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-epipe-'));
    const big = join(dir, 'big.jsonl');
    const line = JSON.stringify({ text: 'Gunmen killed 5 people and wounded 12 others. About 300 families were displaced.' });
    writeFileSync(big, `${Array.from({ length: 3000 }, () => line).join('\n')}\n`);
    const r = spawnSync('bash', ['-c', `node "${BIN}" extract "${big}" | head -1; echo "exit=\${PIPESTATUS[0]}" >&2`], { cwd: ROOT, env: cleanEnv(), encoding: 'utf8' });
    expect(r.stdout).toBe(`${TSV_HEADER}\n`);
    expect(r.stderr).toBe('exit=0\n');
  });
});

describe.skipIf(!BUILT)('colour in a pipe', () => {
  test('FORCE_COLOR turns colour on even in a pipe (table headers and borders)', () => {
    const r = runPipe(['extract', 'fixtures/glob/a.txt', '--format', 'table'], { env: { FORCE_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(ESC);
    expect(r.stdout).toContain('│');
  });
  test('a table in a pipe without FORCE_COLOR has no escapes', () => {
    const r = runPipe(['extract', 'fixtures/glob/a.txt', '--format', 'table']);
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).toMatch(/│ file +│ published │ metric +│ status +│ value │/);
  });
  test('--no-color beats FORCE_COLOR', () => {
    const r = runPipe(['extract', 'fixtures/glob/a.txt', '--format', 'table', '--no-color'], { env: { FORCE_COLOR: '1' } });
    expect(r.stdout).not.toContain(ESC);
  });
});

describe.skipIf(!BUILT)('other commands', () => {
  test('--version prints package.json version, exit 0', () => {
    const r = runPipe(['--version']);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  test('--help leads with examples, exit 0', () => {
    const r = runPipe(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('Examples:\n  claims extract seeds/')).toBe(true);
    expect(r.stdout).toContain('Usage: claims [options] [command]');
    const sub = runPipe(['extract', '--help']);
    expect(sub.code).toBe(0);
    expect(sub.stdout.startsWith('Examples:\n')).toBe(true);
    expect(sub.stdout).toContain('--format <format>');
  });

  test('schema: JSON Schema of a claim by default, other types on request', () => {
    const r = runPipe(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { type: string; required: string[]; properties: Record<string, unknown> };
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'metric', 'status', 'value', 'span', 'source', 'evidence']));
    const config = JSON.parse(runPipe(['schema', '--type', 'config']).stdout) as { properties: Record<string, unknown> };
    expect(Object.keys(config.properties)).toEqual(expect.arrayContaining(['aliases', 'places', 'cues']));
    const bad = runPipe(['schema', '--type', 'claims']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Allowed choices are claim, quantity, findings, document, config.');
  });

  test('metrics: every metric and status, with cues; config cues included', () => {
    const r = runPipe(['metrics', '--json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { metric: string; status: string; cues: string[] }[];
    const pairs = new Set(rows.map((x) => `${x.metric}/${x.status}`));
    for (const p of ['area/captured', 'area/remaining', 'casualties/killed', 'captives/released', 'combatants/present', 'displaced/present']) expect(pairs).toContain(p);
    const withConfig = JSON.parse(runPipe(['metrics', '--json', '--config', 'fixtures/config/claims.config.json']).stdout) as { rule: string; cues: string[] }[];
    expect(withConfig.find((x) => x.rule === 'config.cue.1')?.cues).toEqual(['slain']);
    const tsv = runPipe(['metrics', '--metric', 'displaced']);
    expect(tsv.stdout.split('\n')[0]).toBe('metric\tstatus\trule\tcues\treason');
    expect(tsv.stdout.trimEnd().split('\n').slice(1).every((l) => l.startsWith('displaced\t'))).toBe(true);
  });

  test('quantities: every number with its verdict, as TSV and JSON', () => {
    const r = runPipe(['quantities', 'fixtures/articles/press-tv.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('file\tspan\ttext\tvalue\tlow\thigh\tunit\tdimension\tqualifier\tverdict');
    expect(r.stderr).toMatch(/^claims: read 1 file, found \d+ quantit(y|ies)\n$/);
    const json = JSON.parse(runPipe(['quantities', 'fixtures/articles/press-tv.txt', '--json']).stdout) as { text: string; claim: string | null; excluded: string | null; span: number[] }[];
    expect(json.find((q) => q.text.includes('20 square kilometers'))?.claim).toBe('area/captured');
    const day = JSON.parse(runPipe(['quantities', '-', '--json'], { input: 'The fighting lasted six days.\n' }).stdout) as { excluded: string | null; claim: string | null }[];
    expect(day[0]).toMatchObject({ claim: null, excluded: expect.any(String) });
  });

  test('config beside the input folder is found and validated', () => {
    const r = runPipe(['extract', 'fixtures/bad/config']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^claims: fixtures\/bad\/config\/claims\.config\.json: cues\[0\]\.status: /);
    const ok = runPipe(['extract', 'fixtures/config', '--json']);
    expect(ok.code).toBe(0);
    const missing = runPipe(['extract', 'seeds', '--config', 'nope.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('claims: config file not found: nope.json (check the --config path)\n');
  });
});

describe.skipIf(!BUILT)('collection files', () => {
  test('sources.json named explicitly is skipped with a reason; --strict makes that exit 2', () => {
    const r = runPipe(['extract', 'seeds/sources.json', '--json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('[]\n');
    expect(r.stderr.split('\n')[0]).toBe('claims: skipped seeds/sources.json: sources.json describes the collection, it is not an article (name the folder it is in)');
    expect(runPipe(['extract', 'seeds/sources.json', '--strict']).code).toBe(2);
  });
});
