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
});
