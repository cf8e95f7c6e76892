// Clause bounds inside a sentence: cues, dates and places bind within a clause first.
// A clause ends at ";", at ", so"/", while"/", but", and before "and that" (a second reported
// statement). A breakdown ("..., including three children, ...") stays inside its clause.
const BREAK = /;|:\s|\s+(?:while|whereas|but)\s+|,\s*(?=(?:so|and so|but|while|whereas|adding|which|who)\b)|\s+(?=and\s+that\b)/gi;

export interface Clause {
  start: number;
  end: number;
}

export function clausesOf(sentence: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(sentence); m; m = BREAK.exec(sentence)) {
    if (m.index + m[0].length <= start) continue;
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: sentence.length });
  return out;
}

export function clauseAt(clauses: Clause[], offset: number): Clause {
  return clauses.find((c) => offset >= c.start && offset < c.end) ?? clauses[clauses.length - 1]!;
}
