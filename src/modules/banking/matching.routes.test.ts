import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { type BankingFixture, bankingFixture } from './banking.fixture.ts';
import { mt940Statement } from './matching.fixture.ts';

describe.each(DIALECTS)('matching routes on %s', (dialect) => {
  let f: BankingFixture;
  let id: string;
  let journalId: string;
  const api = '/api/v1/banking';
  beforeAll(async () => {
    f = await bankingFixture(dialect);
    journalId = await f.journal('BNK');
    id = await f.addBankAccount();
    const statement = mt940Statement(
      'APR',
      ['240331', '0.00'],
      [
        ['240402', '700.00', 'B1', 'Invoice SO-7781 paid'],
        ['240405', '-12.50', 'B2', 'Service fee'],
      ],
      ['240430', '687.50'],
    );
    expect((await f.finance.post(`${api}/imports`, { bankAccountId: id, fileName: 'apr.sta', contentBase64: statement })).status).toBe(201);
    for (const [date, amount, reference] of [
      ['2024-04-01', '700.00', 'SO-7781'],
      ['2024-04-02', '700.00', undefined],
    ] as const) {
      const posted = await f.finance.post('/api/v1/ledger/entries/post-new', {
        journalId,
        date,
        reference,
        lines: [
          { accountId: f.ledgerAccount('1130'), debit: amount },
          { accountId: f.ledgerAccount('4200'), credit: amount },
        ],
      });
      expect(posted.status).toBe(201);
    }
  });
  afterAll(async () => f.ctx.close());

  it('analyst reads proposals and the report but may not confirm; the reference decides between equal amounts', async () => {
    const proposals = await f.analyst.get(`${api}/accounts/${id}/proposals`);
    expect(proposals.status).toBe(200);
    expect(proposals.body).toMatchObject({ unmatchedBankLines: 2, unmatchedLedgerLines: 2, total: 1 });
    const [p] = proposals.body.items;
    expect(p.reasons).toContain('Reference SO7781 found in both texts');
    expect(p.ledgerLines[0]).toMatchObject({ date: '2024-04-01', amount: '700.00' });
    const body = { bankAccountId: id, bankLineIds: [p.bankLines[0].id], ledgerLineIds: [p.ledgerLines[0].id] };
    expect((await f.analyst.post(`${api}/matches`, body)).status).toBe(403);
    const report = await f.analyst.get(`${api}/accounts/${id}/reconciliation?asOf=2024-04-30`);
    expect(report.body).toMatchObject({ statementBalance: '687.50', ledgerBalance: '1400.00', difference: '-712.50', unexplained: '0.00', reconciled: false });
  });

  it('two concurrent confirmations of one bank line: one 201, the other 409', async () => {
    const proposals = (await f.finance.get(`${api}/accounts/${id}/proposals?windowDays=5`)).body.items;
    const bankLineId = proposals[0].bankLines[0].id;
    const ledgerIds = (await f.finance.get(`${api}/accounts/${id}/reconciliation?asOf=2024-04-30`)).body.unmatchedLedger.items.map((i: { id: string }) => i.id);
    const results = await Promise.all(
      ledgerIds.map((l: string) => f.finance.post(`${api}/matches`, { bankAccountId: id, bankLineIds: [bankLineId], ledgerLineIds: [l] })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const won = results.find((r) => r.status === 201);
    const undone = await f.finance.post(`${api}/matches/${won?.body.id}/unmatch`, { reason: 'picked the wrong line' });
    expect(undone.body).toMatchObject({ status: 'unmatched' });
    expect((await f.finance.post(`${api}/matches/${won?.body.id}/unmatch`, {})).status).toBe(409);
    const auto = await f.finance.post(`${api}/accounts/${id}/auto-match`, {});
    expect(auto.body).toMatchObject({ confirmed: 1 });
  });

  it('a refused match names the difference', async () => {
    const r = await f.finance.get(`${api}/accounts/${id}/reconciliation?asOf=2024-04-30`);
    const res = await f.finance.post(`${api}/matches`, {
      bankAccountId: id,
      bankLineIds: [r.body.unmatchedBank.items[0].id],
      ledgerLineIds: [r.body.unmatchedLedger.items[0].id],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/difference of -712.50/);
  });

  it('rules: analyst may not add one; finance adds and applies it, and the account reconciles but for the unmatched ledger line', async () => {
    const rule = { bankAccountId: id, name: 'Fees', textContains: 'fee', maxAmount: '0', accountId: f.ledgerAccount('5700'), journalId, memo: 'Bank charges' };
    expect((await f.analyst.post(`${api}/rules`, rule)).status).toBe(403);
    expect((await f.finance.post(`${api}/rules`, rule)).status).toBe(201);
    expect((await f.finance.post(`${api}/rules`, rule)).status).toBe(409);
    expect((await f.finance.post(`${api}/rules`, { ...rule, name: 'x', accountId: f.ledgerAccount('1130') })).status).toBe(400);
    expect((await f.analyst.get(`${api}/accounts/${id}/rules`)).body.items).toMatchObject([{ name: 'Fees', maxAmount: '0.00' }]);
    const applied = await f.finance.post(`${api}/accounts/${id}/apply-rules`, {});
    expect(applied.body.applied).toHaveLength(1);
    const report = await f.finance.get(`${api}/accounts/${id}/reconciliation?asOf=2024-04-30`);
    expect(report.body).toMatchObject({ unmatchedBank: { count: 0 }, unmatchedLedger: { count: 1, total: '700.00' }, unexplained: '0.00', reconciled: true });
  });

  it('creates an entry from a statement line and matches it (banking.reconcile); the line is matched once', async () => {
    const may = mt940Statement('MAY', ['240430', '687.50'], [['240503', '-5.00', 'B3', 'Card charge']], ['240531', '682.50']);
    expect((await f.finance.post(`${api}/imports`, { bankAccountId: id, fileName: 'may.sta', contentBase64: may })).status).toBe(201);
    const lineId = (await f.finance.get(`${api}/accounts/${id}/reconciliation?asOf=2024-05-31`)).body.unmatchedBank.items[0].id;
    expect((await f.analyst.post(`${api}/lines/${lineId}/post`, {})).status).toBe(403);
    const missing = await f.finance.post(`${api}/lines/${lineId}/post`, {});
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.map((d: { path: string }) => d.path)).toEqual(['accountId', 'journalId']);
    const body = { accountId: f.ledgerAccount('5990'), journalId, memo: 'Card charge' };
    const posted = await f.finance.post(`${api}/lines/${lineId}/post`, body);
    expect(posted.status).toBe(201);
    expect((await f.finance.post(`${api}/lines/${lineId}/post`, body)).status).toBe(409);
    const entry = await f.finance.get(`/api/v1/ledger/entries/${posted.body.entryId}`);
    expect(entry.body.lines.map((l: { accountCode: string; amount: string }) => [l.accountCode, l.amount])).toEqual([
      ['1130', '-5.00'],
      ['5990', '5.00'],
    ]);
    expect((await f.finance.get(`${api}/accounts/${id}/reconciliation?asOf=2024-05-31`)).body).toMatchObject({
      unmatchedBank: { count: 0 },
      unexplained: '0.00',
    });
  });

  it('answers 404 for an unknown bank account or match, whatever the body', async () => {
    const other = '01a00000-0000-7000-8000-000000000000';
    expect((await f.finance.get(`${api}/accounts/${other}/proposals`)).status).toBe(404);
    expect((await f.finance.get(`${api}/accounts/${other}/reconciliation`)).status).toBe(404);
    expect((await f.finance.get(`${api}/accounts/${other}/rules`)).status).toBe(404);
    expect((await f.finance.post(`${api}/matches/${other}/unmatch`, {})).status).toBe(404);
    expect((await f.finance.post(`${api}/accounts/${other}/auto-match`, {})).status).toBe(404);
    expect((await f.finance.post(`${api}/accounts/${other}/apply-rules`, {})).status).toBe(404);
    expect((await f.finance.post(`${api}/lines/${other}/post`, { accountId: other, journalId: other })).status).toBe(404);
    expect((await f.finance.post(`${api}/matches`, { bankAccountId: other, bankLineIds: [other], ledgerLineIds: [other] })).status).toBe(404);
  });
});
