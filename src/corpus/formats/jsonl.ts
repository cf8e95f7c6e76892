// JSON Lines: one article per line ({"text"|"content", "title", "url", "outlet"|"source",
// "published"|"date"}). A bad line is reported with its number; the other lines still count.
import { z } from 'zod';
import { normalisePublished } from '../dates.js';
import { zodPath } from '../zod-path.js';
import type { Article, FormatProblem, FormatResult } from './types.js';

const OptionalText = z.string().nullable().optional();
const DateLike = z.union([z.string(), z.number()]).nullable().optional();

export const JsonlArticle = z
  .looseObject({
    text: z.string().optional(),
    content: z.string().optional(),
    title: OptionalText,
    url: OptionalText,
    outlet: OptionalText,
    source: OptionalText,
    published: DateLike,
    date: DateLike,
  })
  .refine((a) => typeof a.text === 'string' || typeof a.content === 'string', {
    message: 'missing article text (each line needs a "text" or "content" string)',
    path: ['text'],
  });

/** One line of a JSON Lines file: an article, a problem, or null for a blank line. */
export function parseJsonlLine(raw: string, line: number): Article | FormatProblem | null {
  if (raw.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    return { line, message: `invalid JSON: ${(err as Error).message} (fix or remove the line)` };
  }
  const parsed = JsonlArticle.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { line, message: `${zodPath(issue.path)}: ${issue.message}` };
  }
  const a = parsed.data;
  const rawDate = a.published ?? a.date;
  const published = rawDate == null ? null : normalisePublished(rawDate);
  if (rawDate != null && published === null) {
    return { line, message: `${a.published != null ? 'published' : 'date'}: invalid date ${JSON.stringify(String(rawDate))} (use YYYY-MM-DD)` };
  }
  return {
    text: (a.text ?? a.content)!,
    title: a.title ?? null,
    meta: { outlet: a.outlet ?? a.source ?? null, url: a.url ?? null, published },
    line,
  };
}

export const isArticle = (x: Article | FormatProblem): x is Article => 'text' in x;

export function readJsonl(text: string): FormatResult {
  const articles: Article[] = [];
  const problems: FormatProblem[] = [];
  text.split('\n').forEach((raw, index) => {
    const parsed = parseJsonlLine(raw, index + 1);
    if (parsed) (isArticle(parsed) ? articles : problems).push(parsed as never);
  });
  return { articles, problems };
}

/**
 * A JSON Lines file read line by line, so a large feed never sits in memory whole. JSON text is
 * UTF-8 by definition; a BOM on the first line is dropped, CRLF is handled by readline.
 */
export async function* streamJsonl(path: string): AsyncGenerator<Article | FormatProblem> {
  const { createReadStream } = await import('node:fs');
  const { createInterface } = await import('node:readline');
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line++;
    const parsed = parseJsonlLine(line === 1 ? raw.replace(/^\uFEFF/, '') : raw, line);
    if (parsed) yield parsed;
  }
}
