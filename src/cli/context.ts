// What every command gets from the shell besides io: the global options (--config, --no-color,
// --quiet, --strict) and the rule set from the config file, loaded once per run.
import type { Command } from 'commander';
import type { Io, OutStream } from './io.js';
import type { LoadedConfig } from './config.js';
import { wantsColor } from './color-choice.js';

export interface GlobalOptions {
  config?: string;
  /** false with --no-color. */
  color: boolean;
  quiet?: boolean;
  strict?: boolean;
}

export interface CliContext {
  globals(cmd: Command): GlobalOptions;
  /** Rules from --config, else claims.config.json beside the first input, else in the working directory. */
  loadConfig(cmd: Command, inputs: string[]): Promise<LoadedConfig>;
  /** Whether to colour this stream (TTY, NO_COLOR, TERM=dumb, FORCE_COLOR, --no-color). */
  color(cmd: Command, stream: OutStream): boolean;
}

export function createContext(io: Io): CliContext {
  let loaded: Promise<LoadedConfig> | undefined;
  const globals = (cmd: Command) => cmd.optsWithGlobals<GlobalOptions>();
  return {
    globals,
    async loadConfig(cmd, inputs) {
      loaded ??= import('./config.js').then((m) => m.loadConfig(globals(cmd).config, inputs, io.cwd));
      return loaded;
    },
    color: (cmd, stream) => wantsColor(stream, io.env, globals(cmd).color),
  };
}
