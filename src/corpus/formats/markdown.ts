// Markdown with optional YAML front matter (outlet, url, published, title). The front matter
// is parsed with `yaml` (no dependencies, maintained, YAML 1.2) and checked with zod.
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { normalisePublished } from '../dates.js';
import { titleOf } from './text.js';
import { zodPath } from '../zod-path.js';
import type { FormatResult } from './types.js';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

const NullableText = z.union([z.string(), z.number()]).transform(String).nullable().optional();
const DateLike = z.union([z.string(), z.number(), z.date()]).nullable().optional();

export const FrontMatter = z.looseObject({
  title: NullableText,
  outlet: NullableText,
  source: NullableText,
  url: NullableText,
  published: DateLike,
  date: DateLike,
});

export function readMarkdown(text: string): FormatResult {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { articles: [{ text, title: headingOf(text) ?? titleOf(text), meta: {} }], problems: [] };
  const body = text.slice(m[0].length);
  let data: unknown;
  try {
    data = parseYaml(m[1]!) ?? {};
  } catch (err) {
    const line = err instanceof YAMLParseError && err.linePos ? err.linePos[0].line + 1 : 1;
    const reason = (err as Error).message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return { articles: [], problems: [{ line, message: `front matter: ${reason} (fix the YAML between the --- lines)` }] };
  }
  const parsed = FrontMatter.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { articles: [], problems: [{ line: 1, message: `front matter: ${zodPath(issue.path)}: ${issue.message}` }] };
  }
  const fm = parsed.data;
  const rawDate = fm.published ?? fm.date;
  const published = rawDate == null ? null : normalisePublished(rawDate);
  if (rawDate != null && published === null) {
    const field = fm.published != null ? 'published' : 'date';
    return { articles: [], problems: [{ line: 1, message: `front matter: ${field}: invalid date ${JSON.stringify(String(rawDate))} (use YYYY-MM-DD)` }] };
  }
  return {
    articles: [{
      text: body,
      title: fm.title ?? headingOf(body) ?? null,
      meta: { outlet: fm.outlet ?? fm.source ?? null, url: fm.url ?? null, published },
    }],
    problems: [],
  };
}

function headingOf(text: string): string | null {
  return /^#\s+(.+?)\s*#*\s*$/m.exec(text.slice(0, 2000))?.[1] ?? null;
}
