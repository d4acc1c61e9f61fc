import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app-fixture.ts';
import { DIALECTS } from '../../../test/dialects.ts';
import { cliActor } from '../../platform/auth/actor.ts';
import { createCompany } from '../../platform/companies/index.ts';
import { closePeriod } from './close-period.ts';
import { createDimension } from './create-dimension.ts';
import { createDimensionValue } from './create-dimension-value.ts';
import { createDraft } from './create-draft.ts';
import { installDefaultChart } from './install-default-chart.ts';
import { typed } from './ledger-db.ts';
import { fromMinor, toMinor } from './money.ts';
import { openFiscalYear } from './open-fiscal-year.ts';
import { postEntry } from './post-entry.ts';
import { postNewEntry } from './post-new-entry.ts';
import { reopenPeriod } from './reopen-period.ts';
import { revaluePeriod } from './revalue-period.ts';
import { reverseEntry } from './reverse-entry.ts';
import { setExchangeRate } from './set-exchange-rate.ts';
import { trialBalance } from './trial-balance.ts';
import { updateLedgerSettings } from './update-ledger-settings.ts';
import { verifyLedger } from './verify-ledger.ts';
import { yearEndClose } from './year-end-close.ts';

/**
 * A model test: random sequences of post (with dimension values; foreign lines at a given or a
 * dated rate), reverse, draft, post-draft, set-rate, revalue, checked close (refused while a draft
 * is dated in the month), reopen and year-end over random accounts, currencies and dates, each run
 * in a fresh company. After every step the ledger must verify (chains, gapless numbers, balanced
 * entries, kept balances = raw sums per dimension set), the trial balance must sum to zero per
 * currency and in base and equal the model's balances, and nothing may land in a closed period.
 * Replay a failure with LEDGER_MODEL_SEED=<seed> (fast-check prints the seed and path).
 */
const ACCOUNTS = ['1110', '1130', '1200', '2110', '3100', '4100', '5300', '1900'];
const CURRENCIES = [
  { code: 'SAR', units: 2, rate: undefined },
  { code: 'USD', units: 2, rate: '3.75' },
  { code: 'KWD', units: 3, rate: '12.219' },
] as const;

const unitsOf = (code: string) => CURRENCIES.find((c) => c.code === code)?.units ?? 2;
const date = fc.record({ m: fc.integer({ min: 1, max: 6 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ m, d }) => `2026-0${m}-${String(d).padStart(2, '0')}`);
const PNL = ['4100', '5300'];
const RETAINED = '3200';
const leg = fc.record({
  currency: fc.integer({ min: 0, max: 2 }),
  debit: fc.integer({ min: 0, max: ACCOUNTS.length - 1 }),
  credit: fc.integer({ min: 0, max: ACCOUNTS.length - 1 }),
  minor: fc.bigInt({ min: 1n, max: 10n ** 14n }),
  /** Dimension values by slot: -1 none, else an index into that dimension's values. */
  dims: fc.tuple(fc.integer({ min: -1, max: 1 }), fc.integer({ min: -1, max: 1 })),
  /** Foreign lines: take the dated rate in force instead of giving one. */
  dated: fc.boolean(),
});
const legs = fc.array(leg, { minLength: 1, maxLength: 3 });
const monthNo = fc.integer({ min: 1, max: 6 });
type Leg = { currency: number; debit: number; credit: number; minor: bigint; dims: [number, number]; dated: boolean };
const op = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('post' as const), date, legs }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reverse' as const), pick: fc.nat(), date }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('draft' as const), date, legs }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('post-draft' as const) }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('rate' as const), currency: fc.integer({ min: 1, max: 2 }), date, milli: fc.integer({ min: 1, max: 20_000 }) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('revalue' as const), month: monthNo }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('close' as const), month: monthNo }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reopen' as const), month: monthNo }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('year-end' as const) }) },
);

describe.each(DIALECTS)('ledger model on %s', (dialect) => {
  let ctx: TestApp;
  beforeAll(async () => {
    ctx = await createTestApp(dialect);
  });
  afterAll(async () => ctx.close());

  it('keeps every invariant through random post / reverse / draft / rate / revalue / close / reopen / year-end sequences', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), async (ops) => {
        const company = await createCompany(ctx.p, ctx.p.db, null, {
          name: `Model ${run++}`,
          baseCurrency: 'SAR',
          language: 'en',
          timeZone: 'UTC',
          workWeek: [1, 2, 3, 4, 5],
          fiscalYearStartMonth: 1,
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
        const periods = await openFiscalYear(db, call, 2026);
        const ids = new Map((await typed(db).selectFrom('ledger_account').select(['id', 'code']).execute()).map((a) => [a.code, a.id]));
        const journalId = (await typed(db).selectFrom('ledger_journal').select('id').where('code', '=', 'GEN').executeTakeFirstOrThrow()).id;
        await updateLedgerSettings(db, call, { fxGainAccountId: ids.get('4400'), fxLossAccountId: ids.get('5930') });
        for (const c of CURRENCIES) if (c.rate) await setExchangeRate(db, call, { currency: c.code, date: '2026-01-01', rate: c.rate });
        const values: string[][] = [];
        for (const slot of [1, 2]) {
          const d = await createDimension(db, call, { code: `dim${slot}`, nameEn: `Dim ${slot}`, nameAr: `بعد ${slot}`, slot });
          values.push([]);
          for (const v of ['a', 'b']) values[slot - 1].push((await createDimensionValue(db, call, { dimensionId: d.id, code: v, nameEn: v, nameAr: v })).id);
        }
        const toLines = (ls: Leg[]) =>
          ls.flatMap((l) => {
            const c = CURRENCIES[l.currency];
            const amount = fromMinor(l.minor, c.units);
            const extra = c.rate ? (l.dated ? { currency: c.code } : { currency: c.code, rate: c.rate }) : {};
            const dimensions = l.dims.flatMap((v, slot) => (v < 0 ? [] : [values[slot][v]]));
            return [
              { accountId: ids.get(ACCOUNTS[l.debit]) as string, debit: amount, dimensions, ...extra },
              { accountId: ids.get(ACCOUNTS[l.credit]) as string, credit: amount, dimensions, ...extra },
            ];
          });
        const drafts: { id: string; month: number }[] = [];
        const closed = new Set<number>();
        const posted: { id: string; reversed: boolean }[] = [];
        const model = new Map<string, bigint>(); // account|currency → balance
        const add = (code: string, currency: string, v: bigint) => model.set(`${code}|${currency}`, (model.get(`${code}|${currency}`) ?? 0n) + v);
        const month = (d: string) => Number(d.slice(5, 7));
        const expectRefusal = async (p: Promise<unknown>, code: string) =>
          expect(
            await p.then(
              () => 'ok',
              (e) => e.code,
            ),
          ).toBe(code);

        for (const o of ops) {
          if (o.kind === 'post') {
            const attempt = postNewEntry(db, call, { journalId, date: o.date, lines: toLines(o.legs) });
            if (closed.has(month(o.date))) await expectRefusal(attempt, 'PERIOD_LOCKED');
            else {
              const { entry } = await attempt;
              posted.push({ id: entry.id, reversed: false });
              for (const l of entry.lines) add(l.accountCode, l.currency, toMinor(l.amount, unitsOf(l.currency)));
            }
          } else if (o.kind === 'reverse') {
            if (posted.length === 0) continue;
            const target = posted[o.pick % posted.length];
            const attempt = reverseEntry(db, call, target.id, { date: o.date });
            if (target.reversed) await expectRefusal(attempt, 'CONFLICT');
            else if (closed.has(month(o.date))) await expectRefusal(attempt, 'PERIOD_LOCKED');
            else {
              const reversal = await attempt;
              target.reversed = true;
              posted.push({ id: reversal.id, reversed: false });
              for (const l of reversal.lines) add(l.accountCode, l.currency, toMinor(l.amount, unitsOf(l.currency)));
            }
          } else if (o.kind === 'draft') {
            const d = await createDraft(db, call, { journalId, date: o.date, lines: toLines(o.legs) });
            drafts.push({ id: d.id, month: month(o.date) });
          } else if (o.kind === 'post-draft') {
            const d = drafts[0];
            if (!d) continue;
            const attempt = postEntry(db, call, d.id);
            if (closed.has(d.month)) await expectRefusal(attempt, 'PERIOD_LOCKED');
            else {
              const entry = await attempt;
              drafts.shift();
              posted.push({ id: entry.id, reversed: false });
              for (const l of entry.lines) add(l.accountCode, l.currency, toMinor(l.amount, unitsOf(l.currency)));
            }
          } else if (o.kind === 'rate') {
            await setExchangeRate(db, call, { currency: CURRENCIES[o.currency].code, date: o.date, rate: fromMinor(BigInt(o.milli), 3) });
          } else if (o.kind === 'revalue') {
            // Amount 0 in each currency, only base moves: the model's balances stay as they are.
            const r = await revaluePeriod(db, call, periods[o.month - 1].id).then(
              (x) => x,
              (e) => e,
            );
            if (closed.has(o.month)) expect(r.entry === null || r.code === 'PERIOD_LOCKED').toBe(true);
            else if (r.entry) posted.push({ id: r.entry.id, reversed: false });
            else expect(r).toEqual({ entry: null });
          } else if (o.kind === 'year-end') {
            const { entry } = await yearEndClose(db, call, { fiscalYear: 2026 });
            if (entry) posted.push({ id: entry.id, reversed: false });
            for (const [k, v] of [...model.entries()]) {
              const [code, currency] = k.split('|');
              if (!PNL.includes(code) || v === 0n) continue;
              add(code, currency, -v);
              add(RETAINED, currency, v);
            }
          } else {
            const period = periods[o.month - 1];
            if (o.kind === 'close') {
              const attempt = closePeriod(db, call, period.id);
              if (closed.has(o.month)) await expectRefusal(attempt, 'CONFLICT');
              else if (drafts.some((d) => d.month === o.month)) {
                const refused = await attempt.catch((e) => e);
                expect(refused).toMatchObject({ code: 'CONFLICT', details: { checks: [{ key: 'ledger.no-drafts', ok: false }] } });
              } else await attempt.then(() => closed.add(o.month));
            } else {
              const attempt = reopenPeriod(db, call, period.id);
              if (!closed.has(o.month)) await expectRefusal(attempt, 'CONFLICT');
              else await attempt.then(() => closed.delete(o.month));
            }
          }

          // Invariants after every step.
          const report = await verifyLedger(db);
          expect(report.failures).toEqual([]);
          expect(report.entriesChecked).toBe(posted.length);
          const tb = await trialBalance(db, '2026-12-31', 'SAR');
          for (const t of tb.totals) expect(BigInt(t.balance.replace('.', ''))).toBe(0n);
          expect(BigInt(tb.baseTotal.replace('.', ''))).toBe(0n);
          const fromTb = new Map(tb.rows.map((r) => [`${r.code}|${r.currency}`, r.balance]));
          for (const [k, v] of model) if (v !== 0n) expect([k, fromTb.get(k)]).toEqual([k, fromMinor(v, unitsOf(k.split('|')[1]))]);
          const nonZero = tb.rows.filter((r) => toMinor(r.balance, unitsOf(r.currency)) !== 0n);
          expect(nonZero.length).toBe([...model.values()].filter((v) => v !== 0n).length);
        }
        // Nothing landed in a closed period: the model expected those refusals, and the database holds
        // exactly the entries the model accepted.
        const inDb = await typed(db).selectFrom('ledger_entry').select('id').where('status', '=', 'posted').execute();
        expect(inDb.length).toBe(posted.length);
      }),
      {
        numRuns: Number(process.env.LEDGER_MODEL_RUNS ?? 12),
        seed: process.env.LEDGER_MODEL_SEED ? Number(process.env.LEDGER_MODEL_SEED) : undefined,
        verbose: 1,
      },
    );
  }, 240_000);
});
