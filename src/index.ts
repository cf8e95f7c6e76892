// Library API, usable without the CLI.
import type { Claim, Document, SourceMeta } from './model.js';
import { extractDocument } from './pipeline.js';

export * from './model.js';
export { quantitiesOf, extractDocument } from './pipeline.js';
export { findQuantities } from './quantities/index.js';
export { reconcile } from './reconcile/index.js';

/** Claims in one article's text. `meta` names the file and what is known of its source. */
export function extract(text: string, meta: Partial<SourceMeta> & { file?: string } = {}): Claim[] {
  const doc: Document = {
    file: meta.file ?? '<text>',
    text,
    title: null,
    source: { outlet: meta.outlet ?? null, url: meta.url ?? null, published: meta.published ?? null },
    origin: { outlet: meta.outlet ? 'manifest' : 'none', published: meta.published ? 'manifest' : 'none' },
  };
  return extractDocument(doc);
}
