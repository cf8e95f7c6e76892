// How a news page maps to an article, as data: which elements hold no article text, which
// start a new line, and which <meta>/<link> carry the outlet, date and address.

/** Elements whose content is never article text (page furniture, code, forms). */
export const SKIPPED_ELEMENTS = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object',
  'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'textarea', 'menu', 'dialog', 'figcaption',
]);

/** ARIA roles that mark the same furniture on sites that use <div> for everything. */
export const SKIPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'dialog']);

/**
 * Class or id words that mark furniture inside the page body (related lists, share bars,
 * comments, newsletter boxes, ads, breadcrumbs, tag lists). Matched against whole words of the
 * class and id attributes, split at spaces, hyphens and underscores.
 */
export const SKIPPED_CLASS_WORDS = new Set([
  'related', 'share', 'sharing', 'social', 'comments', 'comment', 'newsletter', 'subscribe', 'promo',
  'advert', 'advertisement', 'ad', 'ads', 'breadcrumb', 'breadcrumbs', 'tags', 'sidebar', 'recommended',
  'popular', 'trending', 'cookie', 'banner', 'footer', 'nav', 'menu',
]);

/** Elements that end a line of text (each paragraph becomes one line). */
export const BLOCK_ELEMENTS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section',
  'article', 'main', 'blockquote', 'pre', 'table', 'tr', 'figure', 'hr', 'address',
]);

/** Elements never closed, so they must not change the skip depth. */
export const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'source', 'wbr', 'area', 'base', 'col', 'embed', 'track']);

/** <meta property|name="..."> to the field it fills, first listed wins. */
export const META_FIELDS: readonly { key: string; field: 'outlet' | 'published' | 'url' | 'title' }[] = [
  { key: 'og:site_name', field: 'outlet' },
  { key: 'application-name', field: 'outlet' },
  { key: 'article:published_time', field: 'published' },
  { key: 'datepublished', field: 'published' },
  { key: 'pubdate', field: 'published' },
  { key: 'date', field: 'published' },
  { key: 'dc.date', field: 'published' },
  { key: 'og:url', field: 'url' },
  { key: 'og:title', field: 'title' },
];
