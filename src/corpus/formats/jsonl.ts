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

export function readJsonl(text: string): FormatResult {
  const articles: Article[] = [];
  const problems: FormatProblem[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      problems.push({ line, message: `invalid JSON: ${(err as Error).message} (fix or remove the line)` });
      return;
    }
    const parsed = JsonlArticle.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      problems.push({ line, message: `${zodPath(issue.path)}: ${issue.message}` });
      return;
    }
    const a = parsed.data;
    const rawDate = a.published ?? a.date;
    const published = rawDate == null ? null : normalisePublished(rawDate);
    if (rawDate != null && published === null) {
      problems.push({ line, message: `${a.published != null ? 'published' : 'date'}: invalid date ${JSON.stringify(String(rawDate))} (use YYYY-MM-DD)` });
      return;
    }
    articles.push({
      text: (a.text ?? a.content)!,
      title: a.title ?? null,
      meta: { outlet: a.outlet ?? a.source ?? null, url: a.url ?? null, published },
      line,
    });
  });
  return { articles, problems };
}
