// The extraction pipeline, document -> sentences -> quantities -> claims, as pure functions.
import type { Claim, Document, Quantity } from './model.js';
import { findQuantities } from './quantities/index.js';
import { claimsFromDocument } from './claims/index.js';
import { DEFAULT_RULES, type RuleSet } from './claims/rules.js';

export function quantitiesOf(doc: Pick<Document, 'text'>): Quantity[] {
  return findQuantities(doc.text);
}

export function extractDocument(doc: Document, rules: RuleSet = DEFAULT_RULES): Claim[] {
  return claimsFromDocument(doc, findQuantities(doc.text), rules);
}
