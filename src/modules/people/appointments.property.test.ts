import { fc } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, TestApp } from '../../../test/app-fixture.ts';
import { employeeBody, peopleFixture } from './people.fixture.ts';

const A = '/api/v1/people/appointments';
const DAY = 86_400_000;

/**
 * Issue 4's invariant: whatever HR schedules (conflicts overridden), moves or cancels, and whatever the
 * attendee accepts or declines, no person holds two accepted appointments that overlap.
 */
describe('no two accepted appointments of one person overlap (property, SQLite)', () => {
  let ctx: TestApp;
  let hr: Browser;
  let employee: Browser;
  let omar = '';
  let run = 0;
  beforeAll(async () => {
    const f = await peopleFixture('sqlite');
    ({ ctx, hr, employee } = f);
    omar = (await hr.post('/api/v1/people/employees', employeeBody('E-001', { userId: f.employeeUser.id }))).body.id;
  });
  afterAll(async () => ctx.close());

  const op = fc.oneof(
    fc.record({ kind: fc.constant('schedule' as const), slot: fc.integer({ min: 0, max: 16 }), length: fc.integer({ min: 1, max: 4 }) }),
    fc.record({ kind: fc.constantFrom('accept' as const, 'decline' as const, 'cancel' as const), which: fc.nat() }),
    fc.record({ kind: fc.constant('move' as const), which: fc.nat(), slot: fc.integer({ min: 0, max: 16 }), length: fc.integer({ min: 1, max: 4 }) }),
  );

  it('holds for any sequence of schedules, moves, cancellations and responses', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const day = Date.parse('2027-01-03T06:00:00Z') + run++ * DAY;
        const at = (slot: number, length: number) => ({
          startsAt: new Date(day + slot * 1_800_000).toISOString(),
          endsAt: new Date(day + (slot + length) * 1_800_000).toISOString(),
          override: true,
          overrideReason: 'property test',
        });
        const ids: string[] = [];
        for (const o of ops) {
          if (o.kind === 'schedule') {
            const res = await hr.post(A, { title: 'اجتماع', kind: 'meeting', attendeeIds: [omar], ...at(o.slot, o.length) });
            expect(res.status).toBe(201);
            ids.push(res.body.id);
            continue;
          }
          const id = ids[o.which % Math.max(ids.length, 1)];
          if (!id) continue;
          if (o.kind === 'move') expect([200, 409]).toContain((await hr.post(`${A}/${id}/reschedule`, at(o.slot, o.length))).status);
          else if (o.kind === 'cancel') expect([200, 409]).toContain((await hr.post(`${A}/${id}/cancel`, {})).status);
          else expect([200, 409]).toContain((await employee.post(`${A}/${id}/response`, { response: o.kind === 'accept' ? 'accepted' : 'declined' })).status);
        }
        const accepted = (
          await employee.get(`${A}?pageSize=200&from=${new Date(day).toISOString()}&to=${new Date(day + DAY).toISOString()}`)
        ).body.items.filter((a: { myResponse: string }) => a.myResponse === 'accepted') as { startsAt: string; endsAt: string }[];
        for (const [i, a] of accepted.entries()) {
          for (const b of accepted.slice(i + 1)) expect(a.startsAt < b.endsAt && b.startsAt < a.endsAt).toBe(false);
        }
      }),
      { numRuns: 25 },
    );
  }, 300_000);
});
