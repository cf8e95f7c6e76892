// One way to read a character by index, used by every scanner in the text and quantity stages.

/**
 * The UTF-16 code at i, or -1 outside the string. String#charCodeAt returns NaN there, and each
 * call site that first meets NaN throws away V8's optimised code for the (large, inlined)
 * function around it: the quantity reader was recompiled five times per process, ~70 ms each,
 * and every --jobs worker paid that again. -1 fails every character test, as NaN did.
 */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}
