// The asynchronous file calls claims makes, through node:fs's callback API. node:fs/promises is
// not in Node's start-up snapshot: loading it (with its stream and watcher modules) costs some
// 5 ms on every start, a twentieth of a small run.
import { readdir as readdirCallback, readFile as readFileCallback, stat as statCallback } from 'node:fs';
import { promisify } from 'node:util';

export const readdir = promisify(readdirCallback);
export const readFile = promisify(readFileCallback);
export const stat = promisify(statCallback);
