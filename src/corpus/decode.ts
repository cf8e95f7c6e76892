// Bytes to text: strip a UTF-8 BOM, normalise CRLF/CR to LF, fall back to windows-1252 when
// the bytes are not valid UTF-8 (old news sites and the BBC set save pound signs as 0xA3),
// and recognise binary files so they are skipped instead of read as noise.

export type Decoded =
  | { kind: 'text'; text: string; encoding: 'utf-8' | 'windows-1252' }
  | { kind: 'binary' };

/** How far to look for NUL bytes: the same heuristic git and grep use. */
export const BINARY_SNIFF_BYTES = 8192;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * windows-1252's printable characters in 0x80-0x9F (curly quotes, dashes, euro sign), where
 * Latin-1 has control codes. Node's TextDecoder('windows-1252') decodes these bytes as Latin-1,
 * so the difference is applied here. Bytes not listed (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as they are.
 */
const WINDOWS_1252_HIGH: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰',
  0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•',
  0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0)] ?? c);
}

export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, BINARY_SNIFF_BYTES);
  // Buffer's indexOf is a native byte search; a loop over the bytes cost more than decoding them.
  return Buffer.from(head.buffer, head.byteOffset, head.byteLength).indexOf(0) >= 0;
}

export function normaliseNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (looksBinary(bytes)) return { kind: 'binary' };
  let text: string;
  let encoding: 'utf-8' | 'windows-1252' = 'utf-8';
  try {
    // ignoreBOM: false makes the decoder drop a leading BOM itself.
    text = strictUtf8.decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
    encoding = 'windows-1252';
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { kind: 'text', text: normaliseNewlines(text), encoding };
}
