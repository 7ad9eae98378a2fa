// Bytes -> text. Binary files (a NUL in the first 8 KiB) are skipped; UTF-16 with a BOM is decoded;
// invalid UTF-8 is decoded with replacement characters and reported, so it is scanned, not dropped.

export type Decoded = { text: string; note?: string } | { binary: true };

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const UTF8_LOOSE = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

export function decodeBytes(bytes: Buffer): Decoded {
  if (bytes.length >= 2) {
    const b0 = bytes[0];
    const b1 = bytes[1];
    if (b0 === 0xff && b1 === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), note: 'UTF-16 LE' };
    if (b0 === 0xfe && b1 === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), note: 'UTF-16 BE' };
  }
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { binary: true };
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    return { text: UTF8_LOOSE.decode(bytes), note: 'invalid UTF-8 (scanned with replacement characters)' };
  }
}
