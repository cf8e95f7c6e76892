// sources.json: a manifest beside the articles of a folder, keyed by file name, giving outlet,
// url and published. Any folder may have one. Checked with zod; each problem names the entry.
import { readFile } from './fs-calls.js';
import { z } from 'zod';
import { normalisePublished } from './dates.js';
import { zodPath } from './zod-path.js';

export interface ManifestEntry {
  outlet: string | null;
  url: string | null;
  published: string | null;
}

const Entry = z.looseObject({
  outlet: z.string().nullable().optional(),
  source: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  published: z
    .union([z.string(), z.number()])
    .nullable()
    .optional()
    .refine((v) => v == null || normalisePublished(v) !== null, { message: 'invalid date (use YYYY-MM-DD)' }),
});
export const Manifest = z.record(z.string(), Entry);

export interface LoadedManifest {
  entries: Map<string, ManifestEntry>;
  /** One line per problem: `"file.txt".published: invalid date (use YYYY-MM-DD)`. */
  problems: string[];
}

/** Read and check one sources.json; a missing file is an empty manifest. Bad entries are left out. */
export async function loadManifest(path: string): Promise<LoadedManifest> {
  const entries = new Map<string, ManifestEntry>();
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    return { entries, problems: [] };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { entries, problems: [`invalid JSON: ${(err as Error).message} (fix the file or remove it)`] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { entries, problems: ['expected an object keyed by file name, e.g. {"a.txt": {"outlet": "Reuters", "published": "2017-08-19"}}'] };
  }
  const problems: string[] = [];
  for (const [name, value] of Object.entries(data)) {
    const parsed = Entry.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const where = [JSON.stringify(name), zodPath(issue.path)].filter((p) => p !== '(top level)').join('.');
        problems.push(`${where}: ${issue.message}`);
      }
      continue;
    }
    const e = parsed.data;
    entries.set(name, {
      outlet: e.outlet ?? e.source ?? null,
      url: e.url ?? null,
      published: e.published == null ? null : normalisePublished(e.published),
    });
  }
  return { entries, problems };
}
