import { randomBytes } from 'node:crypto';

/**
 * `n` UUIDv7 ids (the format of platform/ids.ts: 48-bit time, version 7, variant, 74 random bits)
 * from one call for random bytes: an import makes several ids per entry, and one call per id was a
 * measurable share of its time. They come back in ascending order, so rows written in the order of
 * their ids land at the right edge of every index keyed by id (primary keys, `ledger_line`'s
 * `(entry_id, line_no)`): in random order they split pages all over the batch's range, which cost a
 * bulk import about a quarter of its line writes and commits (issue 3, bench/README.md).
 */
export function newIds(n: number, now = Date.now()): string[] {
  const b = randomBytes(16 * n);
  const time = Buffer.alloc(6);
  time.writeUIntBE(now, 0, 6);
  for (let o = 0; o < b.length; o += 16) {
    time.copy(b, o);
    b[o + 6] = (b[o + 6] & 0x0f) | 0x70;
    b[o + 8] = (b[o + 8] & 0x3f) | 0x80;
  }
  // The text of all ids written into one buffer (hex digits and dashes), then cut into strings: one
  // native call per id instead of five slices and a concatenation.
  const text = Buffer.allocUnsafe(36 * n);
  for (let i = 0, o = 0, t = 0; i < n; i++) {
    for (let k = 0; k < 16; k++, o++) {
      if (k === 4 || k === 6 || k === 8 || k === 10) text[t++] = 45;
      text[t++] = HEX[b[o] >> 4];
      text[t++] = HEX[b[o] & 15];
    }
  }
  const out: string[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = text.toString('latin1', 36 * i, 36 * i + 36);
  return out.sort();
}

const HEX = Uint8Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
