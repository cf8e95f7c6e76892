// The colour decision itself, without chalk, so commands that only ask "colour or not?" do not
// load it. color.ts re-exports this with chalkFor.
import type { Io, OutStream } from './io.js';

/** Colour when the stream is a TTY, unless NO_COLOR / TERM=dumb / --no-color; FORCE_COLOR turns it on. */
export function wantsColor(stream: OutStream, env: Io['env'], flag?: boolean): boolean {
  if (flag === false) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}
