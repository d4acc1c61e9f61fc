import { randomBytes } from 'node:crypto';

/** Stamps UUIDv7's time, version and variant on the 16 bytes at `at` and formats them. */
function uuidV7At(b: Buffer, at: number, now: number): string {
  const ms = BigInt(now);
  b[at] = Number((ms >> 40n) & 0xffn);
  b[at + 1] = Number((ms >> 32n) & 0xffn);
  b[at + 2] = Number((ms >> 24n) & 0xffn);
  b[at + 3] = Number((ms >> 16n) & 0xffn);
  b[at + 4] = Number((ms >> 8n) & 0xffn);
  b[at + 5] = Number(ms & 0xffn);
  b[at + 6] = (b[at + 6] & 0x0f) | 0x70;
  b[at + 8] = (b[at + 8] & 0x3f) | 0x80;
  const h = b.toString('hex', at, at + 16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** UUIDv7: time-ordered (good index locality) yet unguessable (74 random bits). */
export function newId(now = Date.now()): string {
  return uuidV7At(randomBytes(16), 0, now);
}

/**
 * `count` UUIDv7s from one draw of random bytes (a draw per id costs more than the id itself), in
 * ascending order: rows inserted in that order append to a primary key index instead of landing at
 * random places in it (ids made in the same millisecond are otherwise in random order).
 */
export function newIds(count: number, now = Date.now()): string[] {
  const b = randomBytes(16 * count);
  const out = new Array<string>(count);
  for (let i = 0; i < count; i++) out[i] = uuidV7At(b, 16 * i, now);
  return out.sort();
}

export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
