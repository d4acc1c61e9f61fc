import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app-fixture.ts';
import { DIALECTS } from '../../../../test/dialects.ts';
import { cliActor } from '../../../platform/auth/actor.ts';
import { createCompany } from '../../../platform/companies/index.ts';
import type { CompanyDb } from '../../../platform/db/company-scope.ts';
import { createDimension } from '../create-dimension.ts';
import { createDimensionValue } from '../create-dimension-value.ts';
import { installDefaultChart } from '../install-default-chart.ts';
import { typed } from '../ledger-db.ts';
import { fromMinor, toMinor } from '../money.ts';
import { postNewEntry } from '../post-new-entry.ts';
import { yearEndClose } from '../year-end-close.ts';
import { accountRegister } from './account-register.ts';
import { balanceSheet } from './balance-sheet.ts';
import { incomeStatement } from './income-statement.ts';
import { monthlyTrend } from './monthly-trend.ts';
import { loadReportChart } from './report-chart.ts';
import { addDays, comparisonRanges } from './report-dates.ts';
import { trialBalanceReport } from './trial-balance-report.ts';

/**
 * Every report must equal a brute-force sum over the raw posted lines, whichever mix of kept monthly
 * balances and edge-month lines it reads. Random entries over 30 months and three currencies, then
 * random ranges and dates. Replay a failure with the seed fast-check prints.
 */
const ACCOUNTS = ['1110', '1130', '1200', '1590', '2110', '3100', '4100', '4200', '5300', '5400'];
const CURRENCIES = [
  { code: 'SAR', units: 2, rate: undefined },
  { code: 'USD', units: 2, rate: '3.75' },
  { code: 'KWD', units: 3, rate: '12.219' },
] as const;
const pad = (n: number) => String(n).padStart(2, '0');
const dateArb = fc
  .record({ y: fc.integer({ min: 2024, max: 2026 }), m: fc.integer({ min: 1, max: 12 }), d: fc.constantFrom(1, 2, 15, 28, 31) })
  .map(({ y, m, d }) => {
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${y}-${pad(m)}-${pad(Math.min(d, last))}`;
  });
const leg = fc.record({
  currency: fc.integer({ min: 0, max: 2 }),
  debit: fc.integer({ min: 0, max: ACCOUNTS.length - 1 }),
  credit: fc.integer({ min: 0, max: ACCOUNTS.length - 1 }),
  minor: fc.bigInt({ min: 1n, max: 10n ** 9n }),
  /** 0: no department; 1 or 2: one of two department values */
  dept: fc.integer({ min: 0, max: 2 }),
});
const entryArb = fc.record({ date: dateArb, legs: fc.array(leg, { minLength: 1, maxLength: 3 }) });
const scenario = fc.record({
  entries: fc.array(entryArb, { minLength: 1, maxLength: 14 }),
  // query dates: often an entry's date or a day beside it, so the range edges cut through lines
  a: fc.oneof(dateArb, fc.record({ i: fc.nat(), shift: fc.integer({ min: -1, max: 1 }) })),
  b: fc.oneof(dateArb, fc.record({ i: fc.nat(), shift: fc.integer({ min: -1, max: 1 }) })),
  pick: fc.nat(),
  pageSize: fc.integer({ min: 1, max: 4 }),
  /** a fiscal year to close to retained earnings after posting, or none */
  closeYear: fc.constantFrom(null, 2024, 2025),
});

interface RawLine {
  account: string;
  currency: string;
  date: string;
  number: string;
  lineNo: number;
  dim1: string | null;
  /** A line of a year-end closing entry. */
  closing: boolean;
  amount: bigint;
  base: bigint;
}
const rawLines = async (db: CompanyDb): Promise<RawLine[]> =>
  (
    await typed(db)
      .selectFrom('ledger_line as l')
      .innerJoin('ledger_entry as e', 'e.id', 'l.entry_id')
      .leftJoin('ledger_year_end as y', 'y.entry_id', 'l.entry_id')
      .select(['l.account_id', 'l.currency', 'l.entry_date', 'e.number', 'l.line_no', 'l.dim1_id', 'l.amount', 'l.base_amount', 'y.id as closing'])
      .execute()
  )
    .map((r) => ({
      account: r.account_id,
      currency: r.currency,
      date: r.entry_date,
      number: r.number ?? '',
      lineNo: Number(r.line_no),
      dim1: r.dim1_id,
      closing: r.closing !== null,
      amount: BigInt(r.amount),
      base: BigInt(r.base_amount),
    }))
    .sort((x, y) => (x.date !== y.date ? (x.date < y.date ? -1 : 1) : x.number !== y.number ? (x.number < y.number ? -1 : 1) : x.lineNo - y.lineNo));
const minor = (text: string, units = 2) => toMinor(text.replace(/^-/, ''), units) * (text.startsWith('-') ? -1n : 1n);
const sum = (lines: RawLine[], pick: (l: RawLine) => bigint = (l) => l.base) => lines.reduce((t, l) => t + pick(l), 0n);
const within = (from: string | null, to: string) => (l: RawLine) => (from === null || l.date >= from) && l.date <= to;

describe.each(DIALECTS)('reports equal raw sums on %s', (dialect) => {
  let ctx: TestApp;
  beforeAll(async () => {
    ctx = await createTestApp(dialect);
  });
  afterAll(async () => ctx.close());

  it('trial balance, register, statements and trend match brute force over the lines', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const company = await createCompany(ctx.p, ctx.p.db, null, {
          name: `Reports ${run++}`,
          baseCurrency: 'SAR',
          language: 'en',
          timeZone: 'UTC',
          workWeek: [1, 2, 3, 4, 5],
          fiscalYearStartMonth: 1 + (run % 12),
        });
        const db = ctx.p.forCompany(company.id);
        const call = {
          actor: cliActor(
            company.id,
            ctx.p.permissions.map((p) => p.key),
          ),
          clock: ctx.clock,
        };
        await installDefaultChart(db, call);
        const ids = new Map((await typed(db).selectFrom('ledger_account').select(['id', 'code']).execute()).map((a) => [a.code, a.id]));
        const dept = await createDimension(db, call, { code: 'DEPT', nameEn: 'Department', nameAr: 'القسم', slot: 1 });
        const depts = [
          (await createDimensionValue(db, call, { dimensionId: dept.id, code: 'A', nameEn: 'A', nameAr: 'أ' })).id,
          (await createDimensionValue(db, call, { dimensionId: dept.id, code: 'B', nameEn: 'B', nameAr: 'ب' })).id,
        ];
        const journalId = (await typed(db).selectFrom('ledger_journal').select('id').where('code', '=', 'GEN').executeTakeFirstOrThrow()).id;
        for (const e of s.entries) {
          const lines = e.legs.flatMap((l) => {
            const c = CURRENCIES[l.currency];
            const extra = { ...(c.rate ? { currency: c.code, rate: c.rate } : {}), ...(l.dept ? { dimensions: [depts[l.dept - 1]] } : {}) };
            const amount = fromMinor(l.minor, c.units);
            return [
              { accountId: ids.get(ACCOUNTS[l.debit]) as string, debit: amount, ...extra },
              { accountId: ids.get(ACCOUNTS[l.credit]) as string, credit: amount, ...extra },
            ];
          });
          await postNewEntry(db, call, { journalId, date: e.date, lines });
        }
        if (s.closeYear) await yearEndClose(db, call, { fiscalYear: s.closeYear });
        const raw = await rawLines(db);
        const chart = await loadReportChart(db);
        const at = (q: string | { i: number; shift: number }) => (typeof q === 'string' ? q : addDays(s.entries[q.i % s.entries.length].date, q.shift));
        const [qa, qb] = [at(s.a), at(s.b)];
        const [from, to] = qa <= qb ? [qa, qb] : [qb, qa];
        const under = (id: string) => new Set(chart.subtree(id));
        const pl = (l: RawLine) => ['income', 'expense'].includes(chart.byId.get(l.account)?.type ?? '');
        // income statements and the trend leave year-end closing lines out; balances keep them
        const result = (l: RawLine) => pl(l) && !l.closing;
        const unitsOf = (c: string) => CURRENCIES.find((x) => x.code === c)?.units ?? 2;

        // Trial balance for a range: every row (leaf or group) against the lines below it.
        const tb = await trialBalanceReport(db, { from, to }, 'SAR');
        for (const r of tb.rows) {
          const mine = raw.filter((l) => under(r.accountId).has(l.account) && l.currency === r.currency);
          const u = unitsOf(r.currency);
          expect([minor(r.opening, u), minor(r.movement, u), minor(r.closing, u)]).toEqual([
            sum(
              mine.filter((l) => l.date < from),
              (l) => l.amount,
            ),
            sum(mine.filter(within(from, to)), (l) => l.amount),
            sum(mine.filter(within(null, to)), (l) => l.amount),
          ]);
          expect(minor(r.baseClosing)).toBe(sum(mine.filter(within(null, to))));
        }
        const leafKeys = new Set(raw.filter(within(null, to)).map((l) => `${l.account}|${l.currency}`));
        const shown = tb.rows.filter((r) => !r.group).map((r) => `${r.accountId}|${r.currency}`);
        for (const k of shown) expect(leafKeys.has(k)).toBe(true);
        for (const t of tb.totals) expect([t.opening, t.movement, t.closing].map((x) => minor(x, unitsOf(t.currency)))).toEqual([0n, 0n, 0n]);
        expect(minor(tb.baseTotals.closing)).toBe(0n);

        // Filtered by a dimension value: the same sums over the lines that carry it.
        const tagged = (l: RawLine) => l.dim1 === depts[0];
        const tbDept = await trialBalanceReport(db, { from, to, dim1: depts[0] }, 'SAR');
        for (const r of tbDept.rows) {
          const lines = raw.filter((l) => tagged(l) && under(r.accountId).has(l.account) && l.currency === r.currency);
          expect([minor(r.baseOpening), minor(r.baseMovement)]).toEqual([sum(lines.filter((l) => l.date < from)), sum(lines.filter(within(from, to)))]);
        }
        const isDept = await incomeStatement(db, { from, to, dim1: depts[0] }, 'SAR');
        expect(minor(isDept.netIncome[0])).toBe(-sum(raw.filter((l) => tagged(l) && result(l) && within(from, to)(l))));

        // Register: walk every page; each running balance equals the prefix sum of the raw lines.
        const account = ids.get(ACCOUNTS[s.pick % ACCOUNTS.length]) as string;
        const currency = CURRENCIES[s.pick % 3].code;
        const mine = raw.filter((l) => l.account === account && l.currency === currency);
        const expected = mine.filter(within(from, to));
        let running = sum(
          mine.filter((l) => l.date < from),
          (l) => l.amount,
        );
        let cursor: string | undefined;
        let seen = 0;
        do {
          const page = await accountRegister(db, { accountId: account, currency, from, to, pageSize: s.pageSize, cursor }, 'SAR');
          expect(minor(page.opening.balance as string, unitsOf(currency))).toBe(running);
          for (const item of page.items) {
            const l = expected[seen++];
            expect([item.date, item.number, item.lineNo]).toEqual([l.date, l.number, l.lineNo]);
            running += l.amount;
            expect(minor(item.balance as string, unitsOf(currency))).toBe(running);
          }
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        expect(seen).toBe(expected.length);

        // Income statement: each column's net income and every row against the raw lines.
        const is = await incomeStatement(db, { from, to }, 'SAR');
        const ranges = [{ from, to }, comparisonRanges(from, to).previous, comparisonRanges(from, to).lastYear];
        ranges.forEach((r, i) => {
          expect(minor(is.netIncome[i])).toBe(-sum(raw.filter((l) => result(l) && within(r.from, r.to)(l))));
          for (const sec of is.sections)
            for (const row of sec.rows) {
              const v = sum(raw.filter((l) => !l.closing && under(row.accountId).has(l.account) && within(r.from, r.to)(l)));
              expect(minor(row.amounts[i])).toBe(sec.type === 'income' ? -v : v);
            }
        });

        // Balance sheet: balances, equity holding this year's earnings, and no difference.
        const bs = await balanceSheet(db, { asOf: to }, { baseCurrency: 'SAR', fiscalYearStartMonth: company.fiscalYearStartMonth });
        bs.columns.forEach((c, i) => {
          expect(minor(bs.difference[i])).toBe(0n);
          const assets = sum(raw.filter((l) => chart.byId.get(l.account)?.type === 'asset' && l.date <= c.asOf));
          expect(minor(bs.sections[0].total[i])).toBe(assets);
          const earnings = bs.sections[2].rows.find((r) => r.kind === 'current_year_earnings');
          const d = earnings?.drill[i];
          expect(minor(earnings?.amounts[i] ?? '0')).toBe(-sum(raw.filter((l) => pl(l) && within(d?.from ?? null, c.asOf)(l))));
        });

        // Every balance-sheet row (accounts and groups, earnings rows by their drill range), in base, in one
        // currency and for one dimension value, against the raw lines; every balance that is not zero is shown.
        const bases: [{ currency?: string; dim1?: string }, (l: RawLine) => bigint, (l: RawLine) => boolean][] = [
          [{}, (l) => l.base, () => true],
          [{ currency: 'USD' }, (l) => l.amount, (l) => l.currency === 'USD'],
          [{ dim1: depts[0] }, (l) => l.base, tagged],
        ];
        for (const [query, pick, keep] of bases) {
          const sheet = await balanceSheet(db, { asOf: to, ...query }, { baseCurrency: 'SAR', fiscalYearStartMonth: company.fiscalYearStartMonth });
          sheet.columns.forEach((c, i) => {
            for (const sec of sheet.sections)
              for (const row of sec.rows) {
                const d = row.drill[i];
                const lines =
                  row.kind === 'account'
                    ? raw.filter((l) => keep(l) && under(row.accountId).has(l.account) && l.date <= c.asOf)
                    : raw.filter((l) => keep(l) && pl(l) && within(d?.from ?? null, d?.to ?? c.asOf)(l));
                const v = sum(lines, pick);
                expect(minor(row.amounts[i])).toBe(sec.type === 'asset' ? v : -v);
              }
            const shown = new Set(sheet.sections.flatMap((sec) => sec.rows.map((r) => r.accountId)));
            for (const a of chart.ordered)
              if (
                ['asset', 'liability', 'equity'].includes(a.type) &&
                sum(
                  raw.filter((l) => keep(l) && under(a.id).has(l.account) && l.date <= c.asOf),
                  pick,
                ) !== 0n
              )
                expect(shown.has(a.id)).toBe(true);
          });
        }

        // Monthly trend of 14 months to the month of `to`, from kept balances only.
        const trend = await monthlyTrend(db, { to: to.slice(0, 7), months: 14, types: ['income', 'expense'] }, 'SAR');
        for (const row of trend.rows)
          trend.months.forEach((m, i) => {
            const v = sum(raw.filter((l) => !l.closing && under(row.accountId).has(l.account) && within(m.from, m.to)(l)));
            expect(minor(row.amounts[i])).toBe(row.type === 'income' ? -v : v);
          });
        expect(addDays(trend.months[0].from, -1) < trend.months[0].from).toBe(true);
      }),
      { numRuns: Number(process.env.REPORTS_RUNS ?? 12), seed: process.env.REPORTS_SEED ? Number(process.env.REPORTS_SEED) : undefined },
    );
  }, 120_000);
});
