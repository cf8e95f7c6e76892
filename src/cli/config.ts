// claims.config.json: found by --config, else beside the first input folder, else in the working
// directory; checked with zod (errors name the file and the path inside it) and turned into the
// RuleSet that extraction and reconciliation share.
import { readFile, stat } from '../corpus/fs-calls.js';
import { dirname, join, resolve } from 'node:path';
import { Config } from '../model.js';
import { buildRules, type RuleConfig, type RuleSet } from '../claims/rules.js';
import { UsageError, InputError } from './errors.js';

export const CONFIG_FILE = 'claims.config.json';

export interface LoadedConfig {
  config: RuleConfig;
  rules: RuleSet;
  /** The file it came from, or null when none was found (built-in rules only). */
  path: string | null;
}

function describePath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

/** Where the config is: --config, else in the first input that is a folder (or a file's folder), else cwd. */
export async function locateConfig(explicit: string | undefined, inputs: string[], cwd: string): Promise<string | null> {
  if (explicit) {
    const path = resolve(cwd, explicit);
    if (!(await isFile(path))) throw new UsageError(`config file not found: ${explicit} (check the --config path)`);
    return path;
  }
  for (const input of inputs) {
    if (input === '-') continue;
    const abs = resolve(cwd, input);
    const info = await stat(abs).catch(() => null);
    if (!info) continue;
    const candidate = join(info.isDirectory() ? abs : dirname(abs), CONFIG_FILE);
    if (await isFile(candidate)) return candidate;
    break;
  }
  const inCwd = join(cwd, CONFIG_FILE);
  return (await isFile(inCwd)) ? inCwd : null;
}

export async function readConfig(path: string, shown: string = path): Promise<RuleConfig> {
  let data: unknown;
  try {
    data = JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new InputError(`${shown}: invalid JSON: ${(err as Error).message} (fix the file)`, shown);
  }
  const parsed = Config.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = describePath(issue.path);
    const hint = issue.code === 'unrecognized_keys' ? ' (expected keys: aliases, places, cues)' : '';
    const message = issue.code === 'invalid_type' && issue.message.endsWith('received undefined') ? 'required' : issue.message;
    throw new InputError(`${shown}: ${where ? `${where}: ` : ''}${message}${hint}`, shown);
  }
  const { aliases, places, cues } = parsed.data;
  return { aliases, places, cues };
}

export async function loadConfig(explicit: string | undefined, inputs: string[], cwd: string): Promise<LoadedConfig> {
  const path = await locateConfig(explicit, inputs, cwd);
  if (!path) return { config: {}, rules: buildRules({}), path: null };
  const shown = explicit ?? (path.startsWith(`${cwd}/`) ? path.slice(cwd.length + 1) : path);
  const config = await readConfig(path, shown);
  return { config, rules: buildRules(config), path };
}
