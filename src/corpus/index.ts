// Find inputs, read them into Documents with metadata. (Minimal version: C replaces internals,
// keeping the exported signatures.)
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import type { Document } from '../model.js';

export interface LoadOptions {
  cwd: string;
}

export interface LoadReport {
  files: number;
  skipped: { file: string; reason: string }[];
  warnings: string[];
}

export async function* readDocuments(inputs: string[], opts: LoadOptions, report: LoadReport): AsyncGenerator<Document> {
  for (const input of inputs) {
    const path = join(opts.cwd, input);
    const files = statSync(path).isDirectory()
      ? readdirSync(path).filter((f) => f.endsWith('.txt')).sort().map((f) => join(path, f))
      : [path];
    for (const file of files) {
      const manifest = join(dirname(file), 'sources.json');
      const meta = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8'))[basename(file)] ?? {} : {};
      report.files++;
      yield {
        file: join(input, statSync(path).isDirectory() ? basename(file) : ''),
        text: readFileSync(file, 'utf8'),
        title: null,
        source: { outlet: meta.outlet ?? null, url: meta.url ?? null, published: meta.published ?? null },
        origin: { outlet: meta.outlet ? 'manifest' : 'none', published: meta.published ? 'manifest' : 'none' },
      };
    }
  }
}
