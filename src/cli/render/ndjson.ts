// One JSON value per line, written as soon as it is known.
import { writeOut, type OutStream } from '../io.js';
import type { Sink } from './types.js';

export function ndjsonSink<T>(out: OutStream, toJson: (item: T) => unknown = (x) => x): Sink<T> {
  return {
    add: (item) => writeOut(out, `${JSON.stringify(toJson(item))}\n`),
    end: async () => {},
  };
}
