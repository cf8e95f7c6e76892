import type { Claim, Document, Quantity } from '../model.js';
import { DEFAULT_RULES, type RuleSet } from './rules.js';

export function claimsFromDocument(_doc: Document, _quantities: Quantity[], _rules: RuleSet = DEFAULT_RULES): Claim[] {
  return [];
}
