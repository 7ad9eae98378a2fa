// Bytes -> text. Binary files (a NUL in the first 8 KiB) are skipped; UTF-16 with a BOM is decoded;
// invalid UTF-8 is decoded with replacement characters and reported, so it is scanned, not dropped.

export type Decoded = { text: string; note?: string } | { binary: true };

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const UTF8_LOOSE = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

function utf16Bom(bytes: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 2) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** UTF-16 with a BOM is text; otherwise a NUL in the first 8 KiB means binary (as git decides). */
export function isBinary(bytes: Buffer): boolean {
  return !utf16Bom(bytes) && bytes.subarray(0, 8192).includes(0);
}

export function decodeBytes(bytes: Buffer): Decoded {
  const bom = utf16Bom(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), note: bom === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE' };
  if (isBinary(bytes)) return { binary: true };
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    return { text: UTF8_LOOSE.decode(bytes), note: 'invalid UTF-8 (scanned with replacement characters)' };
  }
}
