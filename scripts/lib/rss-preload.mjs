// Loaded with `node --import` into a CLI run that bench.mjs measures: at exit, writes the process's
// peak resident set size (KiB, all threads) to $BENCH_RSS_FILE, and, when node runs with
// --expose-gc, the heap still in use after a full collection (bytes): memory the run retained.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      const maxRSS = process.resourceUsage().maxRSS;
      let retained = null;
      if (typeof globalThis.gc === 'function') {
        globalThis.gc();
        retained = process.memoryUsage().heapUsed;
      }
      writeFileSync(file, JSON.stringify({ maxRSS, retained }));
    } catch {
      // the measurement is lost, the run is not
    }
  });
}
