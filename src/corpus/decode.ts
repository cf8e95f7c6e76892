// Bytes to text: strip a UTF-8 BOM, normalise CRLF/CR to LF, fall back to windows-1252 when
// the bytes are not valid UTF-8 (old news sites and the BBC set save pound signs as 0xA3),
// and recognise binary files so they are skipped instead of read as noise.

export type Decoded =
  | { kind: 'text'; text: string; encoding: 'utf-8' | 'windows-1252' }
  | { kind: 'binary' };

/** How far to look for NUL bytes: the same heuristic git and grep use. */
const BINARY_SNIFF_BYTES = 8192;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const windows1252 = new TextDecoder('windows-1252');

export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
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
    text = windows1252.decode(bytes);
    encoding = 'windows-1252';
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { kind: 'text', text: normaliseNewlines(text), encoding };
}
