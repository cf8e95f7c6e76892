// One place decides colour: chalk 5 does not read NO_COLOR and cli-table3 colours its borders
// unless told not to, so every renderer asks here.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Io, OutStream } from './io.js';
import { wantsColor } from './color-choice.js';

export { wantsColor } from './color-choice.js';

export function chalkFor(stream: OutStream, env: Io['env'], flag?: boolean): ChalkInstance {
  return new Chalk({ level: wantsColor(stream, env, flag) ? 1 : 0 });
}
