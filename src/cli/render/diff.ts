// Renderers for `claims diff`: a readable report (one block per group, then the checks) and the
// JSON findings. Both are produced in chunks so a million claims never become one string.
import type { ChalkInstance } from 'chalk';
import type { Check, Claim, Findings, Group, Verdict } from '../../model.js';
import { formatFigure, formatNumber, formatRange } from '../../reconcile/format.js';
import type { OutStream } from '../io.js';

const CHUNK = 1 << 20;

/** Write and, when the stream's buffer is full, wait for it to drain: a pipe cannot take 1 GB at once. */
export async function writeChunk(out: OutStream, chunk: string): Promise<void> {
  const once = (out as { once?: (event: 'drain', listener: () => void) => unknown }).once;
  if (out.write(chunk) === false && once) await new Promise<void>((done) => once.call(out, 'drain', done));
}

/**
 * `{ "groups": [...], "checks": [...] }`, written an item at a time: indented on a terminal, one
 * group or check per line in a pipe (compact, and still easy to read with jq or grep).
 */
export function* findingsJson(findings: Findings, pretty: boolean): Generator<string> {
  let buffer = '';
  const chunks: string[] = [];
  const emit = (s: string) => {
    buffer += s;
    if (buffer.length >= CHUNK) {
      chunks.push(buffer);
      buffer = '';
    }
  };
  const item = pretty ? (x: Group | Check) => `    ${JSON.stringify(x, null, 2).replace(/\n/g, '\n    ')}` : (x: Group | Check) => JSON.stringify(x);
  emit('{\n');
  for (const [name, items, last] of [['groups', findings.groups, false], ['checks', findings.checks, true]] as const) {
    emit(`  "${name}": [`);
    for (let i = 0; i < items.length; i++) {
      emit(`${i ? ',' : ''}\n${item(items[i]!)}`);
      yield* chunks.splice(0);
    }
    emit(`${items.length ? '\n  ' : ''}]${last ? '' : ','}\n`);
  }
  emit('}\n');
  yield* chunks.splice(0);
  yield buffer;
}

export async function writeFindingsJson(findings: Findings, out: OutStream, pretty = out.isTTY === true): Promise<void> {
  for (const chunk of findingsJson(findings, pretty)) await writeChunk(out, chunk);
}

const QUOTE_WIDTH = 110;

function verdictColor(chalk: ChalkInstance, verdict: Verdict): (s: string) => string {
  switch (verdict) {
    case 'agree': return chalk.green.bold;
    case 'conflict': return chalk.red.bold;
    case 'progression': return chalk.cyan.bold;
    case 'single': return chalk.dim;
  }
}

function resultColor(chalk: ChalkInstance, result: Check['result']): (s: string) => string {
  return result === 'holds' ? chalk.green : result === 'fails' ? chalk.red.bold : chalk.yellow;
}

/** The date a claim is placed at, and where it came from: "2017-08-19", "2017-08-24 (published)". */
export function claimDate(claim: Claim): string {
  if (claim.asOf) return claim.asOf;
  if (claim.source.published) return `${claim.source.published} (published)`;
  return 'undated';
}

/** The sentence around the figure, cut to a line's width around it. */
export function quoteOf(claim: Claim, width = QUOTE_WIDTH): string {
  const sentence = (claim.sentence || claim.text).replace(/\s+/g, ' ').trim();
  if (sentence.length <= width) return `“${sentence}”`;
  const at = Math.max(0, sentence.indexOf(claim.text.replace(/\s+/g, ' ')));
  const start = Math.max(0, Math.min(at - Math.floor((width - claim.text.length) / 2), sentence.length - width));
  const cut = sentence.slice(start, start + width);
  return `“${start > 0 ? '…' : ''}${cut}${start + width < sentence.length ? '…' : ''}”`;
}

function claimant(claim: Claim): string {
  return claim.claimant ?? '(narration)';
}

function header(group: Group): string {
  return [group.metric, group.status, group.scope ?? 'no scope', group.subject].filter(Boolean).join(' · ');
}

function groupBlock(group: Group, chalk: ChalkInstance): string {
  const lines: string[] = [];
  const color = verdictColor(chalk, group.verdict);
  lines.push(`${chalk.bold(header(group))}  ${color(group.verdict.toUpperCase())}`);
  const { claimants, outlets } = group.corroboration;
  lines.push(`  ${group.policy}: ${chalk.bold(formatRange(group.low, group.high))}, best ${formatNumber(group.best)}`
    + chalk.dim(` · ${claimants} claimant${claimants === 1 ? '' : 's'}, ${outlets} outlet${outlets === 1 ? '' : 's'}`));
  const rows = group.claims.map((c) => [claimDate(c), c.source.outlet ?? c.source.file, claimant(c), c.qualifier, formatFigure(c)]);
  const widths = [0, 1, 2, 3, 4].map((i) => rows.reduce((w, r) => Math.max(w, r[i]!.length), 0));
  group.claims.forEach((c, i) => {
    const cells = rows[i]!.map((cell, j) => cell.padEnd(widths[j]!));
    lines.push(`  ${chalk.dim(cells[0]!)}  ${cells[1]}  ${cells[2]}  ${chalk.dim(cells[3]!)}  ${chalk.bold(cells[4]!)}  ${chalk.dim(quoteOf(c))}`);
  });
  for (const note of group.notes) lines.push(`  ${chalk.italic('note:')} ${note}`);
  return `${lines.join('\n')}\n\n`;
}

function checkBlock(check: Check, chalk: ChalkInstance, width: number): string {
  const label = resultColor(chalk, check.result)(check.result.padEnd(width));
  const lines = [`  ${label}  ${check.kind}: ${chalk.bold(check.detail)}`];
  for (const c of check.claims) {
    const where = [c.status, c.scope, c.subject].filter(Boolean).join(', ');
    lines.push(`  ${' '.repeat(width)}    ${formatFigure(c)} ${chalk.dim(`(${where}) ${c.source.outlet ?? c.source.file}, ${claimDate(c)}`)}`);
  }
  return `${lines.join('\n')}\n`;
}

function summary(findings: Findings): string {
  const count = (verdict: Verdict) => findings.groups.filter((g) => g.verdict === verdict).length;
  const verdicts = (['agree', 'conflict', 'progression', 'single'] as const).map((v) => `${count(v)} ${v}`).join(', ');
  const results = (['holds', 'fails', 'incomplete'] as const)
    .map((r) => `${findings.checks.filter((c) => c.result === r).length} ${r}`).join(', ');
  const n = findings.groups.length;
  return `${n} group${n === 1 ? '' : 's'} (${verdicts}); ${findings.checks.length} check${findings.checks.length === 1 ? '' : 's'} (${results})\n`;
}

/** The report, in chunks: one block per group, the checks, and a summary line. */
export function* renderDiffReport(findings: Findings, chalk: ChalkInstance): Generator<string> {
  let buffer = '';
  for (const group of findings.groups) {
    buffer += groupBlock(group, chalk);
    if (buffer.length >= CHUNK) {
      yield buffer;
      buffer = '';
    }
  }
  if (findings.checks.length) {
    buffer += `${chalk.bold('Checks')}\n`;
    for (const check of findings.checks) {
      buffer += checkBlock(check, chalk, 'incomplete'.length);
      if (buffer.length >= CHUNK) {
        yield buffer;
        buffer = '';
      }
    }
    buffer += '\n';
  }
  buffer += summary(findings);
  yield buffer;
}
