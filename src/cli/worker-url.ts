// Where a worker thread's module is: the build bundles each worker into one file (dist/cli/<name>.mjs,
// scripts/bundle.mjs) so that a worker loads one file, as the CLI does; without it, tsc's <name>.js.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The bundled worker `name` beside this module when the build made it, else tsc's output (which may be absent too). */
export function workerUrl(name: string): URL {
  const bundled = new URL(`./${name}.mjs`, import.meta.url);
  return existsSync(fileURLToPath(bundled)) ? bundled : new URL(`./${name}.js`, import.meta.url);
}

/** workerUrl(name) when that file is there; null when neither is (tests that run the sources). */
export function existingWorkerUrl(name: string): URL | null {
  const url = workerUrl(name);
  return existsSync(fileURLToPath(url)) ? url : null;
}
