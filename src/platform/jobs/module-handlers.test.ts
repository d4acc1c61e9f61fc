import { describe, expect, it } from 'vitest';
import type { KawalisModule } from '../module.ts';
import type { Platform } from '../platform.ts';
import { jobHandlersOf } from './module-handlers.ts';

describe('jobHandlersOf', () => {
  const platform = { name: 'p' } as unknown as Platform;
  it('hands each module handler the platform and the job', async () => {
    const seen: unknown[] = [];
    const mod: KawalisModule = {
      name: 'm',
      migrations: {},
      jobs: {
        'm.work': async (ctx) => {
          seen.push(ctx);
        },
      },
    };
    const handlers = jobHandlersOf([mod], platform);
    await handlers['m.work']({ jobId: 'j', kind: 'm.work', companyId: 'c', payload: { a: 1 }, attempt: 1 });
    expect(seen).toEqual([{ platform, companyId: 'c', payload: { a: 1 }, jobId: 'j' }]);
  });
  it('refuses two modules claiming one kind', () => {
    const a: KawalisModule = { name: 'a', migrations: {}, jobs: { same: async () => {} } };
    const b: KawalisModule = { name: 'b', migrations: {}, jobs: { same: async () => {} } };
    expect(() => jobHandlersOf([a, b], platform)).toThrow(/both a and b/);
  });
});
