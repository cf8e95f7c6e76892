#!/usr/bin/env node
// Top functions of a V8 .cpuprofile by self and by inclusive time, to find extraction's hot spots:
//   node --cpu-prof --cpu-prof-dir=/tmp/prof scripts/lib/child.mjs extract 1
//   node scripts/lib/profile-summary.mjs /tmp/prof/*.cpuprofile [--top 25] [--filter dist/]
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i < 0 ? dflt : args.splice(i, 2)[1];
};
const top = Number(opt('--top', 25));
const filter = opt('--filter', '');
const file = args[0];
if (!file) {
  process.stderr.write('usage: profile-summary.mjs <file.cpuprofile> [--top N] [--filter path-part]\n');
  process.exit(2);
}
const prof = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const short = (url) => url.replace(/^file:\/\//, '').replace(/.*\/node_modules\//, 'nm/').replace(/.*\/(dist|scripts)\//, '$1/');
const key = (n) => `${n.callFrame.functionName || '(anonymous)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

const self = new Map();
const total = new Map();
let all = 0;
for (let i = 0; i < prof.samples.length; i++) {
  const dt = (prof.timeDeltas[i] ?? 0) / 1000;
  all += dt;
  let n = nodes.get(prof.samples[i]);
  self.set(key(n), (self.get(key(n)) ?? 0) + dt);
  const seen = new Set();
  for (; n; n = nodes.get(parent.get(n.id))) {
    const k = key(n);
    if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + dt), seen.add(k);
  }
}
const show = (title, m) => {
  console.log(`\n${title} (of ${all.toFixed(0)} ms sampled)`);
  for (const [k, v] of [...m].filter(([k]) => k.includes(filter)).sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${v.toFixed(0).padStart(8)} ms ${((100 * v) / all).toFixed(1).padStart(5)}%  ${k}`);
  }
};
show('self time', self);
show('inclusive time', total);
