import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { type BankingFixture, bankingFixture } from './banking.fixture.ts';
import { mt940Statement } from './matching.fixture.ts';
import { reconciledCheck } from './reconciled.check.ts';

/**
 * The reconciliation starts at the first statement: ledger lines dated before it are the ledger's
 * opening balance (compared to the statement's), not outstanding items.
 */
describe.each(DIALECTS)('reconciliation start on %s', (dialect) => {
  let f: BankingFixture;
  let journalId: string;
  const api = '/api/v1/banking';

  async function post(date: string, debit: string, credit: string, amount: string, reference: string) {
    const posted = await f.finance.post('/api/v1/ledger/entries/post-new', {
      journalId,
      date,
      reference,
      lines: [
        { accountId: f.ledgerAccount(debit), debit: amount },
        { accountId: f.ledgerAccount(credit), credit: amount },
      ],
    });
    expect(posted.status).toBe(201);
  }

  /** A bank account on a ledger account, an MT940 April statement opening at `opening`, everything matched. */
  async function account(name: string, ledgerCode: string, opening: string, close: string) {
    const id = await f.addBankAccount(name, ledgerCode);
    const statement = mt940Statement(
      `APR-${name}`,
      ['240401', opening],
      [
        ['240402', '700.00', `${name}-B1`, 'Invoice SO-7781 paid'],
        ['240405', '-12.50', `${name}-B2`, 'Service fee'],
      ],
      ['240430', close],
    );
    expect((await f.finance.post(`${api}/imports`, { bankAccountId: id, fileName: `${name}.sta`, contentBase64: statement })).status).toBe(201);
    return id;
  }

  beforeAll(async () => {
    f = await bankingFixture(dialect);
    journalId = await f.journal('BNK');
  });
  afterAll(async () => f.ctx.close());

  async function matchAll(id: string) {
    const done = await f.finance.post(`${api}/accounts/${id}/auto-match`, {});
    expect(done.status).toBe(200);
  }

  it('an opening balance entry equal to the first statement opening balance, all lines matched: reconciled, nothing unexplained', async () => {
    const id = await account('Equal', '1130', '5000.00', '5687.50');
    await post('2024-03-20', '1130', '3100', '5000.00', 'OPENING');
    await post('2024-04-02', '1130', '4200', '700.00', 'SO-7781');
    await post('2024-04-05', '5700', '1130', '12.50', 'FEE-04');
    const before = (await f.analyst.get(`${api}/accounts/${id}/reconciliation?asOf=2024-04-30`)).body;
    expect(before).toMatchObject({ unmatchedBank: { count: 2 }, unmatchedLedger: { count: 2, total: '687.50' }, unexplained: '0.00', reconciled: false });
    await matchAll(id);
    const r = await f.analyst.get(`${api}/accounts/${id}/reconciliation?asOf=2024-04-30`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      startDate: '2024-04-01',
      statementOpening: '5000.00',
      ledgerOpening: '5000.00',
      statementBalance: '5687.50',
      ledgerBalance: '5687.50',
      difference: '0.00',
      unmatchedBank: { count: 0 },
      unmatchedLedger: { count: 0, total: '0.00' },
      timing: '0.00',
      unexplained: '0.00',
      reconciled: true,
    });
    expect(r.body.explanation[0]).toContain('Reconciliation starts 2024-04-01');
    const check = await reconciledCheck.run({ platform: f.ctx.p, companyId: f.call.actor.companyId as string, periodEnd: '2024-04-30' });
    expect(check).toMatchObject({ ok: true });
    // Before the first statement there is no start: the ledger's lines are outstanding, as before.
    const early = (await f.analyst.get(`${api}/accounts/${id}/reconciliation?asOf=2024-03-31`)).body;
    expect(early).toMatchObject({ startDate: null, ledgerOpening: '0.00', unmatchedLedger: { count: 1, total: '5000.00' }, unexplained: '0.00' });
  });

  it('a ledger opening balance that differs from the statement: the gap is unexplained, not reconciled, and the close check fails', async () => {
    const id = await account('Differs', '1140', '5000.00', '5687.50');
    await post('2024-03-20', '1140', '3100', '4800.00', 'OPENING');
    await post('2024-04-02', '1140', '4200', '700.00', 'SO-7781');
    await post('2024-04-05', '5700', '1140', '12.50', 'FEE-04');
    await matchAll(id);
    const r = (await f.analyst.get(`${api}/accounts/${id}/reconciliation?asOf=2024-04-30`)).body;
    expect(r).toMatchObject({
      startDate: '2024-04-01',
      statementOpening: '5000.00',
      ledgerOpening: '4800.00',
      difference: '200.00',
      unmatchedBank: { count: 0 },
      unmatchedLedger: { count: 0 },
      unexplained: '200.00',
      reconciled: false,
    });
    const check = await reconciledCheck.run({ platform: f.ctx.p, companyId: f.call.actor.companyId as string, periodEnd: '2024-04-30' });
    expect(check).toMatchObject({ ok: false, message: expect.stringContaining('Differs: 200.00 unexplained') });
    expect(check.message).not.toContain('Equal');
  });
});
