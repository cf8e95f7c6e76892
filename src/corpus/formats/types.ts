// What every format reader returns: the article text as the file holds it (after decoding) and
// whatever metadata the format itself carries. Metadata from manifests and the text comes later.

export interface FormatMeta {
  outlet?: string | null;
  url?: string | null;
  published?: string | null;
}

export interface Article {
  text: string;
  title: string | null;
  meta: FormatMeta;
  /** 1-based line in the file where this article starts (JSON Lines: one article per line). */
  line?: number;
}

export interface FormatProblem {
  line?: number;
  message: string;
}

export interface FormatResult {
  articles: Article[];
  problems: FormatProblem[];
}

export type FormatReader = (text: string) => FormatResult;
