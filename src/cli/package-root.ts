// The package root (where package.json and the bundled seeds/ live), found by walking up from
// this module: the same answer from src/, from dist/ and from the one-file bundle.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the claims package root (no package.json above the CLI)');
    dir = up;
  }
  return (root = dir);
}
