import { describe, expect, it } from 'vitest';
import { toAppError } from './error-handler.ts';

describe('database errors become specific API errors', () => {
  it('maps unique and foreign-key violations on both dialects', () => {
    expect(toAppError(Object.assign(new Error('duplicate key'), { code: '23505' })).code).toBe('CONFLICT');
    expect(toAppError(Object.assign(new Error('UNIQUE constraint failed'), { code: 'SQLITE_CONSTRAINT_UNIQUE' })).code).toBe('CONFLICT');
    expect(toAppError(Object.assign(new Error('FOREIGN KEY constraint failed'), { code: 'SQLITE_CONSTRAINT_FOREIGNKEY' })).code).toBe('VALIDATION');
    expect(toAppError(Object.assign(new Error('audit_event is append-only: UPDATE refused'), { code: '42501' })).code).toBe('CONFLICT');
    expect(toAppError(new Error('something else')).code).toBe('INTERNAL');
  });
});
