// Examples shown first in --help, per command: most people read help to copy a line.
export const EXAMPLES = {
  program: `Examples:
  claims extract seeds/                        table of every claim (tab-separated when piped)
  claims extract seeds/ --json | jq '.[] | select(.metric=="area")'
  claims extract 'corpus/**/*.html' --ndjson > claims.ndjson
  claims quantities article.txt                every number found, and why it was or was not a claim
  claims diff --metric area                    reconcile claims across sources
  claims metrics                               metrics, statuses and the cue words behind them
  claims schema --type claim                   JSON Schema of the output
`,
  extract: `Examples:
  claims extract seeds/                        every claim in a folder (recursive)
  claims extract a.txt b.md page.html          files in any supported format
  claims extract 'news/**/*.txt' --json        a quoted glob, JSON array out
  claims extract feed.jsonl --ndjson           one article per line in, one claim per line out
  cat article.txt | claims extract - --outlet Reuters --published 2017-08-19
  claims extract seeds/ --metric area,casualties --explain
`,
  quantities: `Examples:
  claims quantities seeds/000_97b9829d4493bdf3.txt
  claims quantities article.html --json | jq '.[] | select(.excluded)'
`,
  schema: `Examples:
  claims schema                                JSON Schema of a claim
  claims schema --type findings                JSON Schema of claims diff --json
`,
  metrics: `Examples:
  claims metrics                               every metric, status and cue word
  claims metrics --metric casualties --json
`,
} as const;

export const FORMATS_NOTE = `
Inputs: files, folders (recursive), quoted globs, or - for stdin. Formats: .txt, .md (front matter:
outlet, url, published), .html, .jsonl/.ndjson (one article per line). Metadata comes from
--outlet/--published, then sources.json beside the files, then the file's own fields, then the text.
Exit codes: 0 success (also when nothing is found), 2 usage or input errors.
`;
