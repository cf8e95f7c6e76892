// Plain text: the whole file is the article; a short first line followed by a blank line is its title.
import type { FormatResult } from './types.js';

const TITLE_MAX_LENGTH = 200;

export function titleOf(text: string): string | null {
  const m = /^([^\n]+)\n[ \t]*\n/.exec(text);
  const first = m?.[1]?.trim();
  return first && first.length <= TITLE_MAX_LENGTH ? first : null;
}

export function readText(text: string): FormatResult {
  return { articles: [{ text, title: titleOf(text), meta: {} }], problems: [] };
}
