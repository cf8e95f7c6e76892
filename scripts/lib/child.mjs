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

/** Median time of `runs` runs of `fn`, or fewer when they pass `maxMs` (one run at least: slow inputs run once). */
function timeRepeated(fn, runs = 3, maxMs = 3000) {
  const times = [];
  let result;
  const start = performance.now();
  while (times.length === 0 || (times.length < runs && performance.now() - start < maxMs)) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], runs: times.length, result };
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
  runAll(corpus); // warm-up, one pass over the 1x corpus: the same JIT state for every size
  const cpu = process.cpuUsage();
  const s = performance.now();
  const claims = runAll(docs);
  const ms = performance.now() - s;
  const { user, system } = process.cpuUsage(cpu);
  out = { copies, articles: docs.length, bytes: bytesOf(docs), readMs, ms, cpuMs: (user + system) / 1000, claims, rssMB: maxRssMB() };
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
  runAll(sample); // warm-up
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
  runAll(corpus); // warm-up on news text, as for the corpus figures
  const t = timeRepeated(() => extractDocument(doc, rules).length, 3);
  out = { kind, bytes: Buffer.byteLength(text), newlines: text.split('\n').length - 1, ms: t.ms, runs: t.runs, claims: t.result, rssMB: maxRssMB() };
} else {
  throw new Error(`unknown mode ${mode}`);
}
process.stdout.write(`${JSON.stringify(out)}\n`);
