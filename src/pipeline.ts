// The extraction pipeline, document -> sentences -> quantities -> claims, as pure functions.
import type { Claim, Document, Quantity } from './model.js';
import { findQuantities } from './quantities/index.js';
import { claimsFromDocument } from './claims/index.js';

export function quantitiesOf(doc: Pick<Document, 'text'>): Quantity[] {
  return findQuantities(doc.text);
}

export function extractDocument(doc: Document): Claim[] {
  return claimsFromDocument(doc, findQuantities(doc.text));
}
