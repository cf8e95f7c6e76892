// Writes dist/cli/claims.cache, V8's code cache for the CLI bundle, after one run of
// `claims extract seeds --json` (output discarded): the cache then holds every function that run
// compiled, not only the top level. Run by scripts/bundle.mjs in a process of its own.
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { CLI_BUNDLE, CLI_CACHE, loadBundle } from '../dist/cli/bundle-loader.js';
import { releaseYoungGenerationCap } from '../dist/cli/heap.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIR = join(ROOT, 'dist', 'cli');

const WARM_UP = ['extract', 'seeds', '--json'];

const cli = loadBundle(join(DIR, CLI_BUNDLE), null);
let errors = '';
const discard = new Writable({ write: (_chunk, _enc, done) => done() });
const io = {
  stdout: discard,
  stderr: { write: (s) => (errors += s) },
  stdin: Readable.from([]),
  env: {},
  cwd: ROOT,
};
const code = await cli.exports.main(WARM_UP, io);
if (code !== 0) {
  process.stderr.write(`write-code-cache: claims ${WARM_UP.join(' ')} exited ${code}:\n${errors}`);
  process.exit(1);
}
// The run capped the young generation (a V8 flag); a cache made under it would be refused.
releaseYoungGenerationCap();
cli.writeCache(join(DIR, CLI_CACHE));
