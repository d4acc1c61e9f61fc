import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import type { Platform } from '../../platform/platform.ts';
import { registeredCloseChecks } from './close-checks.ts';
import { closePeriod } from './close-period.ts';
import { createDraft } from './create-draft.ts';
import { deleteDraft } from './delete-draft.ts';
import { getCloseChecks } from './get-close-checks.ts';
import { type LedgerFixture, ledgerFixture } from './ledger.fixture.ts';
import { openFiscalYear } from './open-fiscal-year.ts';
import { postNewEntry } from './post-new-entry.ts';
import { reopenPeriod } from './reopen-period.ts';
import { revaluePeriod } from './revalue-period.ts';
import { setExchangeRate } from './set-exchange-rate.ts';
import { trialBalance } from './trial-balance.ts';
import { updateLedgerSettings } from './update-ledger-settings.ts';
import { verifyLedger } from './verify-ledger.ts';
import { closingEntryIds, yearEndClose } from './year-end-close.ts';

describe.each(DIALECTS)('period close on %s', (dialect) => {
  let f: LedgerFixture;
  let periods: Awaited<ReturnType<typeof openFiscalYear>>;
  beforeAll(async () => {
    f = await ledgerFixture(dialect);
    periods = await openFiscalYear(f.db, f.call, 2026);
  });
  afterAll(async () => f.close());

  it('lists its checks, refuses to close with the failing ones in details, then closes and records the sign-off', async () => {
    const jan = periods[0];
    await postNewEntry(
      f.db,
      f.call,
      f.entry('2026-01-10', [
        ['1110', '100.00'],
        ['4100', '-100.00'],
      ]),
    );
    const draft = await createDraft(
      f.db,
      f.call,
      f.entry('2026-01-20', [
        ['1110', '5.00'],
        ['4100', '-5.00'],
      ]),
    );
    const bank = { key: 'banking.reconciled', run: async (end: string) => ({ ok: end === '2026-01-31', message: `reconciled to ${end}` }) };
    const listed = await getCloseChecks(f.db, f.call, jan.id, { external: [bank] });
    expect(listed.checks.map((c) => [c.key, c.ok])).toEqual([
      ['ledger.no-drafts', false],
      ['ledger.trial-balance', true],
      ['ledger.verify', true],
      ['banking.reconciled', true],
    ]);
    expect(listed.ok).toBe(false);
    const refused = await closePeriod(f.db, f.call, jan.id, { external: [bank] }).catch((e) => e);
    expect(refused).toMatchObject({ code: 'CONFLICT', details: { checks: [{ key: 'ledger.no-drafts', ok: false }] } });
    await deleteDraft(f.db, f.call, draft.id);
    const failing = { key: 'risk.review', run: async () => Promise.reject(new Error('service down')) };
    await expect(closePeriod(f.db, f.call, jan.id, { external: [bank, failing] })).rejects.toMatchObject({
      details: { checks: [{ key: 'risk.review', message: 'The check could not run: service down' }] },
    });
    const closed = await closePeriod(f.db, f.call, jan.id, { external: [bank] });
    expect(closed.status).toBe('closed');
    await reopenPeriod(f.db, f.call, jan.id);
    const after = await getCloseChecks(f.db, f.call, jan.id);
    expect(after.signoffs.map((s) => [s.action, s.by, s.checks.length])).toEqual([
      ['closed', 'cli', 4],
      ['reopened', 'cli', 0],
    ]);
    expect(after.signoffs[0].at).toBe(f.ctx.clock.now().toISOString());
  });

  it('binds the checks other modules register to the company', async () => {
    const seen: unknown[] = [];
    const p = {
      modules: [
        {
          name: 'banking',
          migrations: {},
          checks: [
            {
              key: 'banking.reconciled',
              kind: 'period-close',
              run: async (ctx: unknown) => {
                seen.push(ctx);
                return { ok: true, message: 'ok' };
              },
            },
          ],
        },
      ],
    } as unknown as Platform;
    const [check] = registeredCloseChecks(p, f.companyId);
    expect(await check.run('2026-02-28')).toEqual({ ok: true, message: 'ok' });
    expect(seen).toEqual([{ platform: p, companyId: f.companyId, periodEnd: '2026-02-28' }]);
  });

  it('revalues foreign balances at period end through the posting path, once', async () => {
    await setExchangeRate(f.db, f.call, { currency: 'USD', date: '2026-02-01', rate: '3.75' });
    const usd = f.entry('2026-02-05', [
      ['1200', '1000.00'],
      ['4100', '-1000.00'],
    ]);
    await postNewEntry(f.db, f.call, { ...usd, lines: usd.lines.map((l) => ({ ...l, currency: 'USD' })) });
    await setExchangeRate(f.db, f.call, { currency: 'USD', date: '2026-02-27', rate: '3.80' });
    await expect(revaluePeriod(f.db, f.call, periods[1].id)).rejects.toMatchObject({ details: [{ path: 'fxGainAccountId' }, { path: 'fxLossAccountId' }] });
    await updateLedgerSettings(f.db, f.call, { fxGainAccountId: f.account('4400'), fxLossAccountId: f.account('5930') });
    const { entry } = await revaluePeriod(f.db, f.call, periods[1].id);
    expect(entry?.date).toBe('2026-02-28');
    expect(entry?.lines.map((l) => [l.accountCode, l.currency, l.amount, l.baseAmount])).toEqual([
      ['1200', 'USD', '0.00', '50.00'],
      ['4400', 'USD', '0.00', '-50.00'],
    ]);
    expect(await revaluePeriod(f.db, f.call, periods[1].id)).toEqual({ entry: null });
    expect(await verifyLedger(f.db)).toMatchObject({ ok: true });
  });

  it('year-end moves income and expense to retained earnings; income statements can leave it out', async () => {
    await postNewEntry(
      f.db,
      f.call,
      f.entry('2026-06-10', [
        ['5300', '300.00'],
        ['1110', '-300.00'],
      ]),
    );
    const { entry } = await yearEndClose(f.db, f.call, { fiscalYear: 2026 });
    expect(entry?.date).toBe('2026-12-31');
    const tb = await trialBalance(f.db, '2026-12-31', 'SAR');
    expect(tb.rows.filter((r) => r.type === 'income' || r.type === 'expense')).toEqual([]);
    expect(tb.rows.filter((r) => r.code === '3200').map((r) => [r.currency, r.balance])).toEqual([
      ['SAR', '200.00'],
      ['USD', '-1000.00'],
    ]);
    expect(tb.baseTotal).toBe('0.00');
    expect(await closingEntryIds(f.db, 2026)).toEqual([entry?.id]);
    expect(await yearEndClose(f.db, f.call, { fiscalYear: 2026 })).toEqual({ entry: null });
    expect(await verifyLedger(f.db)).toMatchObject({ ok: true });
  });
});
