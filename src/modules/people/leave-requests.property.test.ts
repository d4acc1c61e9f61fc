import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, TestApp } from '../../../test/app-fixture.ts';
import { DIALECTS } from '../../../test/dialects.ts';
import { spansOverlap } from './leave-request-rules.ts';
import { employeeBody, peopleFixture } from './people.fixture.ts';

const day = (offset: number) => new Date(Date.UTC(2026, 2, 2 + offset)).toISOString().slice(0, 10);

const op = fc.oneof(
  fc.record({
    kind: fc.constant('request' as const),
    type: fc.integer({ min: 0, max: 1 }),
    start: fc.integer({ min: 0, max: 50 }),
    length: fc.integer({ min: 0, max: 8 }),
    startsAfternoon: fc.boolean(),
    endsMidday: fc.boolean(),
  }),
  fc.record({ kind: fc.constantFrom('approve' as const, 'reject' as const, 'cancel' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('adjust' as const), type: fc.integer({ min: 0, max: 1 }), days: fc.integer({ min: -3, max: 3 }).filter((d) => d !== 0) }),
);

describe.each(DIALECTS)('leave requests keep balances derived and approved leave apart, on %s', (dialect) => {
  let ctx: TestApp;
  let hr: Browser;
  const types: string[] = [];
  let run = 0;
  beforeAll(async () => {
    ({ ctx, hr } = await peopleFixture(dialect));
    types.push((await hr.post('/api/v1/people/leave-types', { code: 'annual', nameEn: 'Annual', nameAr: 'سنوية' })).body.id);
    types.push((await hr.post('/api/v1/people/leave-types', { code: 'unpaid', nameEn: 'Unpaid', nameAr: 'بدون أجر', allowNegative: true })).body.id);
    await hr.request('PUT', `/api/v1/people/leave-types/${types[0]}/policy`, {
      employmentType: 'all',
      accrual: 'monthly',
      daysPerYear: 12,
      carryOverCap: null,
    });
  });
  afterAll(async () => ctx.close());

  it('for any sequence of requests, decisions, cancellations and adjustments: balance = accrual − approved usage + adjustments; no two approved requests overlap', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        run++;
        const employeeId = (await hr.post('/api/v1/people/employees', employeeBody(`P-${run}`, { hireDate: '2026-01-01' }))).body.id as string;
        const made: string[] = [];
        const adjusted = [0, 0];
        for (const o of ops) {
          if (o.kind === 'request') {
            const r = await hr.post('/api/v1/people/leave-requests', {
              employeeId,
              leaveTypeId: types[o.type],
              from: day(o.start),
              to: day(o.start + o.length),
              startsAfternoon: o.startsAfternoon,
              endsMidday: o.endsMidday,
            });
            expect([201, 409]).toContain(r.status);
            if (r.status === 201) made.push(r.body.id);
          } else if (o.kind === 'adjust') {
            const r = await hr.post(`/api/v1/people/employees/${employeeId}/leave-adjustments`, {
              leaveTypeId: types[o.type],
              date: '2026-02-15',
              days: o.days,
              reason: 'property test',
            });
            expect(r.status).toBe(201);
            adjusted[o.type] = (adjusted[o.type] ?? 0) + o.days;
          } else if (made.length) {
            const id = made[o.pick % made.length];
            const r = await hr.post(`/api/v1/people/leave-requests/${id}/${o.kind}`, o.kind === 'reject' ? { reason: 'no' } : undefined);
            expect([200, 409]).toContain(r.status);
          }
        }
        const list = (await hr.get(`/api/v1/people/leave-requests?scope=all&employeeId=${employeeId}&pageSize=200`)).body.items as {
          leaveTypeId: string;
          status: string;
          days: number;
          from: string;
          to: string;
          startsAfternoon: boolean;
          endsMidday: boolean;
        }[];
        const approved = list.filter((r) => r.status === 'approved');
        for (const [i, a] of approved.entries()) for (const b of approved.slice(i + 1)) expect(spansOverlap(a, b)).toBe(false);
        const balances = (await hr.get(`/api/v1/people/employees/${employeeId}/leave-balances?asOf=2026-12-31`)).body.items as {
          leaveTypeId: string;
          accrued: number;
          used: number;
          adjusted: number;
          forfeited: number;
          balance: number;
        }[];
        for (const [i, typeId] of types.entries()) {
          const b = balances.find((x) => x.leaveTypeId === typeId);
          const usage = approved.filter((r) => r.leaveTypeId === typeId).reduce((s, r) => s + r.days, 0);
          expect(b?.used).toBeCloseTo(usage, 9);
          expect(b?.adjusted).toBeCloseTo(adjusted[i] ?? 0, 9);
          expect(b?.balance).toBeCloseTo((b?.accrued ?? 0) - usage + (adjusted[i] ?? 0), 9);
        }
      }),
      { numRuns: 20 },
    );
  }, 240_000);
});
