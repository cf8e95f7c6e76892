import type { Claim, Document, Quantity } from '../model.js';

export function claimsFromDocument(_doc: Document, _quantities: Quantity[]): Claim[] {
  return [];
}
