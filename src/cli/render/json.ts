// A JSON array written item by item, indented as JSON.stringify(array, null, 2) would write it.
import { writeOut, type OutStream } from '../io.js';
import type { Sink } from './types.js';

export function jsonSink<T>(out: OutStream, toJson: (item: T) => unknown = (x) => x): Sink<T> {
  let count = 0;
  return {
    async add(item) {
      const body = JSON.stringify(toJson(item), null, 2).replace(/\n/g, '\n  ');
      await writeOut(out, `${count++ === 0 ? '[\n' : ',\n'}  ${body}`);
    },
    async end() {
      await writeOut(out, count === 0 ? '[]\n' : '\n]\n');
    },
  };
}
