// HTML pages: article text without navigation, scripts or styles; <title>, og:site_name,
// article:published_time, canonical / og:url. htmlparser2's streaming tokenizer: fast, forgiving
// of broken markup, decodes entities, and needs no DOM (small, maintained, few dependencies).
import { Parser } from 'htmlparser2';
import { BLOCK_ELEMENTS, META_FIELDS, SKIPPED_CLASS_WORDS, SKIPPED_ELEMENTS, SKIPPED_ROLES, VOID_ELEMENTS } from './html-rules.js';
import type { FormatResult } from './types.js';

interface Collected {
  lines: string[];
  current: string;
}

const newCollected = (): Collected => ({ lines: [], current: '' });

function endLine(c: Collected): void {
  const line = c.current.replace(/\s+/g, ' ').trim();
  if (line) c.lines.push(line);
  c.current = '';
}

/** Elements that hold the whole page or article: a class on them ("nav-open") never hides it. */
const CONTAINERS = new Set(['html', 'body', 'main', 'article']);

/** Whether an element's class or id names it as page furniture. */
function isFurniture(attrs: Record<string, string>): boolean {
  const words = `${attrs.class ?? ''} ${attrs.id ?? ''}`.toLowerCase().split(/[\s_-]+/);
  return words.some((w) => SKIPPED_CLASS_WORDS.has(w));
}

export function readHtml(html: string): FormatResult {
  const page = newCollected();
  const article = newCollected();
  const meta: Record<string, string> = {};
  let title = '';
  let canonical: string | null = null;
  let inTitle = false;
  let articleDepth = 0;
  // Depth of the skipped element we are inside; 0 when reading text.
  const skipStack: string[] = [];

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          const found = META_FIELDS.find((m) => m.key === key);
          if (found && attrs.content && meta[found.field] === undefined) meta[found.field] = attrs.content.trim();
        } else if (name === 'link' && (attrs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical') && attrs.href) {
          canonical ??= attrs.href.trim();
        } else if (name === 'title' && skipStack.length <= 1) {
          inTitle = true;
        }
        if (VOID_ELEMENTS.has(name)) {
          if (BLOCK_ELEMENTS.has(name)) [page, article].forEach(endLine);
          return;
        }
        const role = (attrs.role ?? '').toLowerCase();
        if (skipStack.length > 0 || SKIPPED_ELEMENTS.has(name) || SKIPPED_ROLES.has(role) || (!CONTAINERS.has(name) && isFurniture(attrs))) {
          skipStack.push(name);
          return;
        }
        if (name === 'article') articleDepth++;
        if (BLOCK_ELEMENTS.has(name)) [page, article].forEach(endLine);
      },
      ontext(text) {
        if (inTitle) title += text;
        if (skipStack.length > 0) return;
        page.current += text;
        if (articleDepth > 0) article.current += text;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (VOID_ELEMENTS.has(name)) return;
        if (skipStack.length > 0) {
          // htmlparser2 closes every element it opened (implied or not), so pushes and pops pair up.
          skipStack.pop();
          return;
        }
        if (BLOCK_ELEMENTS.has(name)) [page, article].forEach(endLine);
        if (name === 'article') articleDepth = Math.max(0, articleDepth - 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  endLine(page);
  endLine(article);

  // An <article> element is the body when a page has one; otherwise all readable text.
  const lines = article.lines.length > 0 ? article.lines : page.lines;
  const pageTitle = title.replace(/\s+/g, ' ').trim() || meta.title || null;
  return {
    articles: [{
      text: lines.join('\n'),
      title: pageTitle,
      meta: { outlet: meta.outlet ?? null, published: meta.published ?? null, url: canonical ?? meta.url ?? null },
    }],
    problems: [],
  };
}
