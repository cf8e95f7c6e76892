// One measurement in a process of its own (so sizes do not share a heap, a JIT or a peak RSS);
// bench.mjs runs it and reads the one JSON line it prints. Times cover extraction only: the corpus
// is read (and its read time reported) before the clock starts.
//
//   node scripts/lib/child.mjs extract <copies>              single thread over <copies>x the corpus
//   node scripts/lib/child.mjs parallel <copies> <jobs>      jobs=1: plain loop, no warm-up; jobs>1: mapInWorkers
//   node scripts/lib/child.mjs recognizers                   ours vs Recognizers-Text on the sample
//   node scripts/lib/child.mjs adversarial <kind> <bytes>    kind: digits | oneline | news
import { performance } from 'node:perf_hooks';
import { loadCorpus, sampleOf, bytesOf, digitsText, newsText, asDocument } from './inputs.mjs';

const { extractDocument } = await import('../../dist/pipeline.js');
const { buildRules } = await import('../../dist/claims/rules.js');
const rules = buildRules({});

const [mode, ...args] = process.argv.slice(2);
const maxRssMB = () => process.resourceUsage().maxRSS / 1024; // maxRSS is in KiB

function runAll(docs) {
  let claims = 0;
  for (const d of docs) claims += extractDocument(d, rules).length;
  return claims;
}

const WARM_PASSES = 3;
/** Untimed passes over `docs` until the JIT is in its steady state (about three passes over the corpus); the first pass's time. */
function warmUp(docs) {
  const t0 = performance.now();
  runAll(docs);
  const firstMs = performance.now() - t0;
  for (let i = 1; i < WARM_PASSES; i++) runAll(docs);
  return firstMs;
}

/**
 * The median run (wall and CPU time) of `runs` runs of `fn`, or of fewer when they pass `maxMs`
 * (one run at least: slow inputs run once). CPU time is the whole process's: V8's compiler and GC threads too.
 */
function timeRepeated(fn, runs = 3, maxMs = 3000) {
  const samples = [];
  let result;
  const start = performance.now();
  while (samples.length === 0 || (samples.length < runs && performance.now() - start < maxMs)) {
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    result = fn();
    const ms = performance.now() - t0;
    const { user, system } = process.cpuUsage(cpu);
    samples.push({ ms, cpuMs: (user + system) / 1000 });
  }
  const { ms, cpuMs } = samples.sort((a, b) => a.ms - b.ms)[Math.floor(samples.length / 2)];
  return { ms, cpuMs, runs: samples.length, result };
}

const t0 = performance.now();
const corpus = await loadCorpus();
const readMs = performance.now() - t0;
if (corpus.length === 0) throw new Error('the corpus reader returned no documents');
const sample = sampleOf(corpus);

let out;
if (mode === 'extract') {
  const copies = Number(args[0]);
  const docs = Array.from({ length: copies }, () => corpus).flat();
  const coldMs = warmUp(corpus); // the same JIT state for every size
  // Short runs are noisier: the median of 5 runs at 1x, of 3 at 4x, one run at 16x (about 16x of work each).
  const { ms, cpuMs, runs, result: claims } = timeRepeated(() => runAll(docs), copies >= 16 ? 1 : copies >= 4 ? 3 : 5, Infinity);
  out = { copies, articles: docs.length, bytes: bytesOf(docs), readMs, coldMs, runs, ms, cpuMs, claims, rssMB: maxRssMB() };
  if (copies === 1) {
    // Where the time goes: the quantity stage alone, over the same articles (after the timed pass).
    const { findQuantities } = await import('../../dist/quantities/index.js');
    let quantities = 0;
    const q = performance.now();
    for (const d of docs) quantities += findQuantities(d.text).length;
    Object.assign(out, { quantities, quantitiesMs: performance.now() - q });
  }
} else if (mode === 'parallel') {
  // No warm-up on either side: both pay their JIT warm-up, as the CLI does (workers start cold).
  const [copies, jobs] = args.map(Number);
  const docs = Array.from({ length: copies }, () => corpus).flat();
  let claims = 0;
  const cpu = process.cpuUsage();
  const s = performance.now();
  if (jobs === 1) claims = runAll(docs);
  else {
    const { mapInWorkers } = await import('../../dist/cli/parallel.js');
    async function* source() {
      yield* docs;
    }
    for await (const r of mapInWorkers(source(), jobs, {})) claims += r.claims.length;
  }
  const ms = performance.now() - s;
  const { user, system } = process.cpuUsage(cpu); // every thread of the process, workers included
  out = { copies, jobs, articles: docs.length, bytes: bytesOf(docs), ms, cpuMs: (user + system) / 1000, claims, rssMB: maxRssMB() };
} else if (mode === 'recognizers') {
  const { recognizeDimension, Culture } = await import('@microsoft/recognizers-text-number-with-unit');
  const bytes = bytesOf(sample);
  warmUp(corpus); // as for the corpus figures: the ratio compares steady states
  const ours = timeRepeated(() => runAll(sample), 5); // median of 5 passes
  recognizeDimension('about 20 square kilometres', Culture.English); // its one-off model build, not timed
  const s = performance.now();
  let found = 0;
  for (const d of sample) found += recognizeDimension(d.text, Culture.English).length;
  const theirsMs = performance.now() - s;
  out = { articles: sample.length, bytes, oursMs: ours.ms, oursRuns: ours.runs, oursClaims: ours.result, theirsMs, theirsFound: found };
} else if (mode === 'adversarial') {
  const [kind, bytesArg] = args;
  const bytes = Number(bytesArg);
  const text = kind === 'digits' ? digitsText(bytes) : newsText(corpus, bytes, kind === 'oneline');
  const doc = asDocument(`<${kind}>`, text);
  warmUp(corpus); // on news text, as for the corpus figures
  const t = timeRepeated(() => extractDocument(doc, rules).length, 3);
  out = { kind, bytes: Buffer.byteLength(text), newlines: text.split('\n').length - 1, ms: t.ms, runs: t.runs, claims: t.result, rssMB: maxRssMB() };
} else {
  throw new Error(`unknown mode ${mode}`);
}
process.stdout.write(`${JSON.stringify(out)}\n`);
