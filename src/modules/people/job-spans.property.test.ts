import { fc } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { cliActor } from '../../platform/auth/actor.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { isAppError } from '../../platform/errors.ts';
import { inEffectOn } from './effective-dating.ts';
import { OPEN_END } from './job-spans.ts';
import { peopleFixture } from './people.fixture.ts';
import type { PeopleCall } from './people-db.ts';
import { typed } from './people-db.ts';

// loaded after the fixture, which loads every module in order (the module's files import the ledger's)
const use = async () => ({ ...(await import('./index.ts')), ...(await import('./history.repository.ts')) });

const DAY = 86_400_000;
const HIRE = '2026-01-01';
const day = (offset: number) => new Date(Date.parse(`${HIRE}T00:00:00Z`) + offset * DAY).toISOString().slice(0, 10);

/**
 * The fast reads (job spans, the list's department filter and search) give the answer the history
 * gives (`inEffectOn` over every job record), for any job changes recorded in any order — past,
 * between two records or ahead of today — any end date, and any day asked about.
 */
describe.each(DIALECTS)('job spans agree with the effective-dated history (property, %s)', (dialect) => {
  let ctx: Awaited<ReturnType<typeof peopleFixture>>['ctx'];
  let db: CompanyDb;
  let call: PeopleCall;
  const departments: string[] = [];
  let run = 0;
  let u: Awaited<ReturnType<typeof use>>;
  beforeAll(async () => {
    const f = await peopleFixture(dialect);
    u = await use();
    ctx = f.ctx;
    const companyId = (await f.hr.get('/api/v1/me')).body.company.id as string;
    db = ctx.p.forCompany(companyId);
    call = { actor: cliActor(companyId, []), clock: ctx.clock, secrets: ctx.p.secrets };
    for (const n of ['A', 'B', 'C']) departments.push((await u.createDepartment(db, call, { nameEn: `Dept ${n}`, nameAr: `قسم ${n}` })).id);
  });
  afterAll(async () => ctx.close());

  const change = fc.record({ offset: fc.integer({ min: 1, max: 40 }), dept: fc.integer({ min: 0, max: 2 }) });
  const story = fc.record({
    first: fc.integer({ min: 0, max: 2 }),
    changes: fc.array(change, { maxLength: 6 }),
    endOffset: fc.option(fc.integer({ min: 0, max: 45 }), { nil: null }),
    asked: fc.array(fc.integer({ min: -3, max: 50 }), { minLength: 1, maxLength: 6 }),
  });

  it('for random histories and dates', async () => {
    await fc.assert(
      fc.asyncProperty(story, async (s) => {
        const number = `P-${dialect}-${run++}`;
        const { id } = await u.createEmployee(db, call, {
          employeeNumber: number,
          nameEn: `Prop ${number}`,
          nameAr: `خاصية ${number}`,
          hireDate: HIRE,
          endDate: s.endOffset === null ? undefined : day(s.endOffset),
          employmentType: 'full_time',
          workLocation: 'office',
          timeZone: 'Asia/Riyadh',
          departmentId: departments[s.first],
        });
        for (const c of s.changes) {
          await u.changeJob(db, call, id, { effectiveDate: day(c.offset), departmentId: departments[c.dept] ?? null, reason: 'transfer' }).catch((err) => {
            if (!isAppError(err) || err.code !== 'CONFLICT') throw err; // a record from that date exists
          });
        }
        const history = (await u.jobRecordsOf(db, [id])).map((j) => ({ ...j, effectiveDate: j.effective_date }));
        const spans = await typed(db).selectFrom('people_job_span').selectAll().where('employee_id', '=', id).orderBy('valid_from').execute();
        expect(spans.map((x) => x.valid_from)).toEqual(history.map((h) => h.effective_date));
        expect(spans.map((x) => x.valid_until)).toEqual([...history.slice(1).map((h) => h.effective_date), OPEN_END]);
        for (const a of s.asked) {
          const asOf = day(a);
          const expected = inEffectOn(history, asOf);
          const employed = expected !== undefined && (s.endOffset === null || day(s.endOffset) >= asOf);
          const fast = (await u.currentAssignments(db, asOf)).find((x) => x.employeeId === id);
          expect(fast?.departmentId).toEqual(employed ? expected?.department_id : undefined);
          for (const dept of departments) {
            const listed = await u.listEmployees(db, { q: number, departmentId: dept, status: 'all', asOf }, { page: 1, pageSize: 5 });
            expect(listed.items.map((x) => x.id)).toEqual(expected?.department_id === dept ? [id] : []);
            expect(listed.total).toBe(listed.items.length);
          }
        }
      }),
      { numRuns: dialect === 'sqlite' ? 30 : 12 },
    );
  }, 300_000);
});
