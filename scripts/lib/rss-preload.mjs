// Loaded with `node --import` into a CLI run that bench.mjs measures: at exit, writes the process's
// peak resident set size (KiB, all threads) to $BENCH_RSS_FILE. Costs nothing until then.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      writeFileSync(file, String(process.resourceUsage().maxRSS));
    } catch {
      // the measurement is lost, the run is not
    }
  });
}
