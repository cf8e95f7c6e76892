// Inputs of the benchmark: the BBC corpus read through the library's own reader, a fixed sample
// of it, and the adversarial texts. Shared by bench.mjs (the orchestrator) and child.mjs (the
// measured processes), so every process sees the same bytes.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const CORPUS = join(REPO, '..', 'shared', 'corpus', 'bbc');
export const MB = 1e6; // megabyte = 10^6 bytes of UTF-8 text throughout
export const SAMPLE_BYTES = 300_000;

/** Folders of the corpus that hold .txt files (bbc/business, bbc/entertainment...), sorted. */
export function corpusFolders(root = CORPUS) {
  if (!existsSync(root)) return [];
  const out = [];
  const walk = (dir) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    if (entries.some((e) => e.isFile() && e.name.endsWith('.txt'))) out.push(dir);
    for (const e of entries) if (e.isDirectory()) walk(join(dir, e.name));
  };
  walk(root);
  return out;
}

/** Every article of the corpus as the library reads it (dist/corpus readDocuments), in folder order. */
export async function loadCorpus() {
  const { readDocuments } = await import('../../dist/corpus/index.js');
  // Relative inputs: readDocuments joins each input to cwd.
  const inputs = corpusFolders().map((f) => relative(REPO, f));
  const report = { files: 0, skipped: [], warnings: [] };
  const docs = [];
  for await (const doc of readDocuments(inputs, { cwd: REPO }, report)) docs.push(doc);
  return docs;
}

export const bytesOf = (docs) => docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);

/** A fixed sample of about SAMPLE_BYTES: every k-th article across all sections, so it is representative. */
export function sampleOf(docs, bytes = SAMPLE_BYTES) {
  const stride = Math.max(1, Math.floor(bytesOf(docs) / bytes));
  const out = [];
  let n = 0;
  for (let i = 0; i < docs.length && n < bytes; i += stride) {
    out.push(docs[i]);
    n += Buffer.byteLength(docs[i].text);
  }
  return out;
}

/** Deterministic PRNG (mulberry32) so every run measures the same synthetic bytes. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `bytes` of digits, commas and spaces: numbers of 1-15 digits, digit groups, runs of separators. */
export function digitsText(bytes) {
  const rnd = prng(5);
  const parts = [];
  let n = 0;
  while (n < bytes) {
    const r = rnd();
    let tok;
    if (r < 0.35) tok = String(Math.floor(rnd() * 10 ** (1 + Math.floor(rnd() * 15))));
    else if (r < 0.65) tok = Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => String(Math.floor(rnd() * 1000)).padStart(3, '0')).join(',');
    else if (r < 0.8) tok = ','.repeat(1 + Math.floor(rnd() * 4));
    else if (r < 0.9) tok = ' '.repeat(1 + Math.floor(rnd() * 4));
    else tok = `${Math.floor(rnd() * 1000)},${' '.repeat(Math.floor(rnd() * 2))}${Math.floor(rnd() * 1000)}`;
    const sep = rnd() < 0.7 ? ' ' : rnd() < 0.5 ? ', ' : '';
    parts.push(tok, sep);
    n += tok.length + sep.length;
  }
  return parts.join('').slice(0, bytes);
}

/** About `bytes` of the corpus's news text; `oneLine` folds every line break (and blank line) into a space. */
export function newsText(docs, bytes, oneLine) {
  const parts = [];
  let n = 0;
  for (let i = 0; n < bytes; i = (i + 1) % docs.length) {
    const t = oneLine ? docs[i].text.replace(/\s*\n\s*/g, ' ').trim() : docs[i].text.trim();
    parts.push(t);
    n += Buffer.byteLength(t) + 2;
  }
  let text = parts.join(oneLine ? ' ' : '\n\n');
  while (Buffer.byteLength(text) > bytes) text = text.slice(0, text.length - Math.max(1, Buffer.byteLength(text) - bytes));
  return text;
}

/** A Document around `text`, as the corpus reader makes them. */
export function asDocument(file, text) {
  return { file, text, title: null, source: { outlet: null, url: null, published: null }, origin: { outlet: 'none', published: 'none' } };
}
