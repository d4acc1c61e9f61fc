import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { type LedgerFixture, ledgerFixture } from './ledger.fixture.ts';
import { typed } from './ledger-db.ts';
import { postNewEntry } from './post-new-entry.ts';
import { trialBalance } from './trial-balance.ts';
import { verifyLedger } from './verify-ledger.ts';

describe.each(DIALECTS)('balances kept per day on %s', (dialect) => {
  let f: LedgerFixture;
  beforeAll(async () => {
    f = await ledgerFixture(dialect);
    for (const [date, amount] of [
      ['2026-01-03', '10.00'],
      ['2026-01-03', '5.00'],
      ['2026-01-20', '7.00'],
    ] as const) {
      await postNewEntry(
        f.db,
        f.call,
        f.entry(date, [
          ['5300', amount],
          ['1130', `-${amount}`],
        ]),
      );
    }
  });
  afterAll(async () => f.close());

  it('keeps one row per account and day, summed, that reports read for a partial month', async () => {
    const rows = await typed(f.db)
      .selectFrom('ledger_balance_day')
      .select(['day', 'amount'])
      .where('account_id', '=', f.account('5300'))
      .orderBy('day')
      .execute();
    expect(rows.map((r) => [r.day, BigInt(r.amount)])).toEqual([
      ['2026-01-03', 1500n],
      ['2026-01-20', 700n],
    ]);
    const tb = await trialBalance(f.db, '2026-01-10', 'SAR');
    expect(tb.rows.find((r) => r.code === '5300')?.balance).toBe('15.00');
    expect((await verifyLedger(f.db)).ok).toBe(true);
  });

  it('verify names a day balance that no longer equals its lines', async () => {
    await sql`update ledger_balance_day set amount = amount + 1 where day = '2026-01-20' and account_id = ${f.account('5300')}`.execute(f.ctx.t.db);
    const report = await verifyLedger(f.db);
    expect(report.ok).toBe(false);
    expect(report.failures.map((x) => x.message)).toEqual([expect.stringMatching(/^account 5300 SAR 2026-01-20: kept 701, lines sum to 700$/)]);
  });
});
