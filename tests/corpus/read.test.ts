// readDocuments end to end over small folders made for each case: formats, metadata precedence
// and origin, encodings, what a folder walk reads and ignores, and that nothing is lost silently.
import { describe, expect, test } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newReport, readDocuments, type LoadOptions, type LoadProblem } from '../../src/corpus/index.js';
import { Document as DocumentSchema, type Document } from '../../src/model.js';
import { readHtml } from '../../src/corpus/formats/html.js';
import { readMarkdown } from '../../src/corpus/formats/markdown.js';
import { readJsonl } from '../../src/corpus/formats/jsonl.js';
import { decodeBytes } from '../../src/corpus/decode.js';

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'claims-corpus-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

async function read(inputs: string[], cwd: string, extra: Partial<LoadOptions> = {}) {
  const report = newReport();
  const problems: LoadProblem[] = [];
  const docs: Document[] = [];
  for await (const d of readDocuments(inputs, { cwd, onProblem: (p) => problems.push(p), ...extra }, report)) docs.push(d);
  return { docs, report, problems };
}

describe('metadata precedence', () => {
  const dir = folder({
    'sources.json': JSON.stringify({ 'a.md': { outlet: 'Manifest', published: '2017-01-02' }, 'b.txt': { url: 'https://b.example' } }),
    'a.md': '---\noutlet: Front\npublished: 2016-05-06\nurl: https://a.example\n---\nPress TV – 5 killed.\n',
    'b.txt': 'Press TV – Fighters killed 5 people.\n',
    'c.txt': 'BEIRUT, Aug 19 (KUNA) -- Troops killed 5.\n',
    'd.txt': 'Troops killed 5.\n',
  });

  test('manifest above front matter above text, each field on its own; origin says where', async () => {
    const { docs } = await read(['.'], dir);
    for (const d of docs) expect(DocumentSchema.safeParse(d).success).toBe(true);
    const byName = Object.fromEntries(docs.map((d) => [d.file.split('/').pop(), d]));
    expect(byName['a.md']!.source).toEqual({ outlet: 'Manifest', url: 'https://a.example', published: '2017-01-02' });
    expect(byName['a.md']!.origin).toEqual({ outlet: 'manifest', published: 'manifest' });
    expect(byName['b.txt']!.source).toEqual({ outlet: 'Press TV', url: 'https://b.example', published: null });
    expect(byName['b.txt']!.origin).toEqual({ outlet: 'text', published: 'none' });
    expect(byName['c.txt']!.source.outlet).toBe('KUNA');
    expect(byName['d.txt']!.source).toEqual({ outlet: null, url: null, published: null });
    expect(byName['d.txt']!.origin).toEqual({ outlet: 'none', published: 'none' });
  });

  test('flags above everything', async () => {
    const { docs } = await read([join(dir, 'a.md')], dir, { override: { outlet: 'Flag', published: '2020-02-02' } });
    expect(docs[0]!.source).toMatchObject({ outlet: 'Flag', published: '2020-02-02' });
  });

  test('flags with several files throw a usage error (exit 2) before reading', async () => {
    await expect(read(['.'], dir, { override: { outlet: 'Flag' } })).rejects.toMatchObject({ exitCode: 2 });
  });
});

describe('folder walk', () => {
  const dir = folder({
    'b.txt': 'two',
    'a.txt': 'one',
    'sub/sources.json': JSON.stringify({ 'c.txt': { outlet: 'Sub Outlet' } }),
    'sub/c.txt': 'three',
    'sub/deeper/d.html': '<p>four</p>',
    'claims.config.json': '{}',
    'README.TXT': 'about this collection',
    'notes.pdf': 'x',
    '.hidden/e.txt': 'hidden',
  });

  test('recursive, sorted, every folder its own sources.json; collection files and unknown formats ignored silently', async () => {
    const { docs, report, problems } = await read(['.'], dir);
    expect(docs.map((d) => d.file)).toEqual(['a.txt', 'b.txt', 'sub/c.txt', 'sub/deeper/d.html']);
    expect(docs[2]!.source.outlet).toBe('Sub Outlet');
    expect(report.files).toBe(4);
    expect(problems).toEqual([]);
  });

  test('a file named twice is read once', async () => {
    const { docs } = await read(['a.txt', '.', 'a.txt'], dir);
    expect(docs.filter((d) => d.file === 'a.txt')).toHaveLength(1);
  });

  test('a named unknown format is a skip with a reason', async () => {
    const { report } = await read(['notes.pdf'], dir);
    expect(report.skipped).toEqual([{ file: 'notes.pdf', reason: expect.stringMatching(/^unknown format/) }]);
  });
});

describe('encodings', () => {
  test('BOM stripped, CRLF and lone CR normalised', () => {
    const d = decodeBytes(Buffer.from('\ufeffa\r\nb\rc\n', 'utf8'));
    expect(d).toEqual({ kind: 'text', text: 'a\nb\nc\n', encoding: 'utf-8' });
  });
  test('invalid UTF-8 read as windows-1252 (pound sign, curly quotes)', () => {
    const d = decodeBytes(Buffer.from([0xa3, 0x31, 0x35, 0x20, 0x93, 0x6f, 0x6b, 0x94]));
    expect(d).toEqual({ kind: 'text', text: '£15 “ok”', encoding: 'windows-1252' });
  });
  test('NUL bytes in the first 8 KB mean binary', () => {
    expect(decodeBytes(Buffer.from([0x50, 0x4b, 0x00, 0x01])).kind).toBe('binary');
    expect(decodeBytes(Buffer.concat([Buffer.alloc(9000, 0x61), Buffer.from([0])])).kind).toBe('text');
    // A view into a larger buffer: only its own bytes count.
    expect(decodeBytes(new Uint8Array([0, 0x61, 0x62]).subarray(1)).kind).toBe('text');
  });
  test('one bad file never stops the others', async () => {
    const dir = folder({ 'a.txt': Buffer.from([0, 1, 2]), 'b.txt': Buffer.from([0xa3, 0x35]), 'c.txt': 'fine' });
    const { docs, report, problems } = await read(['.'], dir);
    expect(docs.map((d) => [d.file, d.text])).toEqual([['b.txt', '£5'], ['c.txt', 'fine']]);
    expect(report.skipped).toEqual([{ file: 'a.txt', reason: 'binary file (NUL bytes), not an article' }]);
    expect(problems.map((p) => [p.severity, p.file])).toEqual([['skip', 'a.txt'], ['warning', 'b.txt']]);
  });
});

describe('JSON Lines files are streamed line by line', () => {
  test('BOM and CRLF handled, documents named by line, bad lines reported in place', async () => {
    const dir = folder({ 'feed.jsonl': '\ufeff{"text":"A 1"}\r\n{"text":2}\r\n\r\n{"content":"B 3","outlet":"W"}\r\n' });
    const { docs, problems, report } = await read(['feed.jsonl'], dir);
    expect(docs.map((d) => [d.file, d.text, d.source.outlet])).toEqual([['feed.jsonl:1', 'A 1', null], ['feed.jsonl:4', 'B 3', 'W']]);
    expect(problems.map((p) => [p.file, p.severity])).toEqual([['feed.jsonl:2', 'error']]);
    expect(report.files).toBe(1);
    expect(report.documents).toBe(2);
  });
  test('a binary file with a .jsonl name is skipped', async () => {
    const dir = folder({ 'x.jsonl': Buffer.from([0x7b, 0, 0x7d]) });
    const { docs, report } = await read(['x.jsonl'], dir);
    expect(docs).toEqual([]);
    expect(report.skipped).toHaveLength(1);
  });
});

describe('formats', () => {
  test('HTML: no nav, header, footer, aside, script, style; article element preferred; meta read', () => {
    const html = `<html><head><title> A &amp; B </title><meta property="og:site_name" content="Site">
      <meta property="article:published_time" content="2017-08-21T09:30:00Z"><meta property="og:url" content="https://og.example">
      <script>var x = 99;</script><style>p{}</style></head><body><header>Menu 1 2 3</header><nav>Home</nav>
      <div>Outside article 77</div><article><p>First <b>para</b> 12 killed.</p><p>Second&nbsp;para.</p><aside>Related 55</aside></article>
      <footer>© 2024</footer></body></html>`;
    const { articles } = readHtml(html);
    expect(articles[0]).toEqual({ text: 'First para 12 killed.\nSecond para.', title: 'A & B', meta: { outlet: 'Site', published: '2017-08-21T09:30:00Z', url: 'https://og.example' } });
  });
  test('HTML without an article element: all readable text, one line per block', () => {
    const { articles } = readHtml('<body><nav><ul><li>Home</li></ul></nav><h1>Head</h1><p>One</p><div role="navigation">Skip</div><p>Two<br>Three</p></body>');
    expect(articles[0]!.text).toBe('Head\nOne\nTwo\nThree');
  });
  test('HTML: furniture marked by class or id inside the body is skipped', () => {
    const { articles } = readHtml('<article><p>Troops killed 12.</p><div class="related-articles"><a>Blast kills 40</a></div><ul id="share_bar"><li>Share 3</li></ul><p class="leader shared-nothing">Kept 5.</p><div class="ad">Buy 2</div></article>');
    expect(articles[0]!.text).toBe('Troops killed 12.\nKept 5.');
    expect(readHtml('<body class="nav-open menu-closed"><p>Body 7.</p></body>').articles[0]!.text).toBe('Body 7.');
  });
  test('Markdown without front matter: the heading is the title', () => {
    expect(readMarkdown('# Big news\n\nBody 5.\n').articles[0]).toMatchObject({ title: 'Big news', meta: {} });
  });
  test('Markdown front matter: date forms normalised, bad YAML reported with a line', () => {
    expect(readMarkdown('---\ndate: Aug 22, 2017\nsource: Wire\n---\nBody').articles[0]!.meta).toEqual({ outlet: 'Wire', url: null, published: '2017-08-22' });
    const bad = readMarkdown('---\ntitle: [unclosed\n---\nBody');
    expect(bad.articles).toEqual([]);
    expect(bad.problems[0]!.message).toMatch(/^front matter: .+ \(fix the YAML between the --- lines\)$/);
    expect(readMarkdown('---\noutlet: [1, 2]\n---\nBody').problems[0]!.message).toMatch(/^front matter: outlet: /);
  });
  test('JSON Lines: field aliases, blank lines skipped, bad lines numbered', () => {
    const { articles, problems } = readJsonl('{"content":"A","source":"S","date":"2017-01-02"}\n\n{"text":1}\n[1]\n{"text":"B","title":"T"}');
    expect(articles).toEqual([
      { text: 'A', title: null, meta: { outlet: 'S', url: null, published: '2017-01-02' }, line: 1 },
      { text: 'B', title: 'T', meta: { outlet: null, url: null, published: null }, line: 5 },
    ]);
    expect(problems.map((p) => p.line)).toEqual([3, 4]);
    expect(problems[0]!.message).toMatch(/^text: /);
  });
});
