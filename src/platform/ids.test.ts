import { describe, expect, it } from 'vitest';
import { newId, newIds, uuidPattern } from './ids.ts';

describe('ids', () => {
  it('makes UUIDv7s one at a time or many at once, the many ascending and distinct', () => {
    expect(newId()).toMatch(uuidPattern);
    const ids = newIds(1000, Date.UTC(2024, 0, 1));
    expect(ids.every((id) => uuidPattern.test(id) && id[14] === '7' && id.startsWith('018cc251-f400'))).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(1000);
  });

  it('puts a large draw in ascending order too (ordered by its first random bits as numbers, then checked)', () => {
    for (const count of [1, 2, 100_000]) {
      const ids = newIds(count, Date.UTC(2024, 0, 1));
      expect(ids).toHaveLength(count);
      expect(ids.every((id) => uuidPattern.test(id) && id.startsWith('018cc251-f400-7') && '89ab'.includes(id[19]))).toBe(true);
      for (let i = 1; i < count; i++) if (!(ids[i - 1] < ids[i])) expect.fail(`ids ${i - 1} and ${i} out of order`);
    }
  });

  it('stamps the time and version on ids drawn one by one from the random pool, never repeating one', () => {
    const at = Date.UTC(2024, 0, 1);
    // 700 ids: more than two refills of the 256-id pool
    const ids = Array.from({ length: 700 }, () => newId(at));
    expect(ids.every((id) => uuidPattern.test(id) && id.startsWith('018cc251-f400-7') && '89ab'.includes(id[19]))).toBe(true);
    expect(new Set(ids).size).toBe(700);
    expect(newId(2 ** 48 - 1).startsWith('ffffffff-ffff-7')).toBe(true);
  });
});
