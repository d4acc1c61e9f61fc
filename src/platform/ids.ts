import { randomBytes } from 'node:crypto';

const HEX = Buffer.from('0123456789abcdef', 'latin1');

/** Stamps UUIDv7's time, version and variant on the 16 bytes at `at`. */
function stampV7(b: Buffer, at: number, now: number): void {
  // 48-bit milliseconds, written with number arithmetic (exact below 2^53)
  const high = Math.floor(now / 0x1000000);
  const low = now - high * 0x1000000;
  b[at] = (high >>> 16) & 0xff;
  b[at + 1] = (high >>> 8) & 0xff;
  b[at + 2] = high & 0xff;
  b[at + 3] = (low >>> 16) & 0xff;
  b[at + 4] = (low >>> 8) & 0xff;
  b[at + 5] = low & 0xff;
  b[at + 6] = (b[at + 6] & 0x0f) | 0x70;
  b[at + 8] = (b[at + 8] & 0x3f) | 0x80;
}

/** Stamps UUIDv7's time, version and variant on the 16 bytes at `at` and formats them. */
function uuidV7At(b: Buffer, at: number, now: number): string {
  stampV7(b, at, now);
  const h = b.toString('hex', at, at + 16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// Random bytes are drawn 4 KiB at a time (256 ids) and each slice used once: a draw per id cost
// more than the id itself. Same generator (the OS CSPRNG through node:crypto), nothing reused.
const POOL = 4096;
let pool = Buffer.alloc(0);
let used = POOL;

/** UUIDv7: time-ordered (good index locality) yet unguessable (74 random bits). */
export function newId(now = Date.now()): string {
  if (used + 16 > pool.length) {
    pool = randomBytes(POOL);
    used = 0;
  }
  const at = used;
  used += 16;
  return uuidV7At(pool, at, now);
}

/**
 * `count` UUIDv7s from one draw of random bytes (a draw per id costs more than the id itself), in
 * ascending order: rows inserted in that order append to a primary key index instead of landing at
 * random places in it (ids made in the same millisecond are otherwise in random order).
 * They share the time, so they are put in order by their first random bits as numbers (a native sort of
 * doubles, the draw's index in the low bits) and checked; ties there (rare) fall back to sorting strings.
 */
export function newIds(count: number, now = Date.now()): string[] {
  const b = randomBytes(16 * count);
  const out = new Array<string>(count);
  const indexBits = Math.max(1, Math.ceil(Math.log2(count + 1)));
  if (indexBits > 20) {
    for (let i = 0; i < count; i++) out[i] = uuidV7At(b, 16 * i, now);
    return out.sort();
  }
  const scale = 2 ** indexBits;
  const drop = 2 ** (indexBits - 16); // keep the first 52 − indexBits of the 36 random bits below (all of them up to 2^16 ids)
  const order = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const at = 16 * i;
    // the random bits in string order: byte 6's low nibble (its high one is the version), byte 7, byte 8's low six (variant), 9, 10, two of 11
    const bits = (b[at + 6] & 0x0f) * 2 ** 32 + b[at + 7] * 2 ** 24 + (b[at + 8] & 0x3f) * 2 ** 18 + b[at + 9] * 2 ** 10 + b[at + 10] * 4 + (b[at + 11] >>> 6);
    order[i] = Math.floor(bits / Math.max(1, drop)) * scale + i;
  }
  order.sort();
  // all ids written as text into one buffer in their order (no hex string per id), then cut into strings
  const text = Buffer.allocUnsafe(36 * count);
  for (let j = 0, t = 0; j < count; j++) {
    const at = 16 * (order[j] % scale);
    stampV7(b, at, now);
    for (let k = 0; k < 16; k++, t += 2) {
      if (k === 4 || k === 6 || k === 8 || k === 10) text[t++] = 0x2d; // '-'
      text[t] = HEX[b[at + k] >>> 4];
      text[t + 1] = HEX[b[at + k] & 0x0f];
    }
  }
  for (let j = 0; j < count; j++) out[j] = text.toString('latin1', 36 * j, 36 * j + 36);
  for (let j = 1; j < count; j++) if (out[j - 1] > out[j]) return out.sort();
  return out;
}

export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
