import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordPlatformSql, unboundedReads } from '../../../test/query-plans.ts';
import { type BankingFixture, bankingFixture } from './banking.fixture.ts';
import { mt940Statement } from './matching.fixture.ts';

/**
 * Tables that grow with every statement line and every match, and the ledger's that grow with every
 * posting (banking reads the mirrored account's lines). Bank accounts, statements and rules stay few.
 */
const GROWING = new Set(['bank_line', 'bank_match', 'bank_match_line', 'ledger_entry', 'ledger_line', 'ledger_balance_day']);

describe('query plans of import, matching and reconciliation (SQLite)', () => {
  let f: BankingFixture;
  let recorder: ReturnType<typeof recordPlatformSql>;
  const api = '/api/v1/banking';

  beforeAll(async () => {
    f = await bankingFixture('sqlite');
    recorder = recordPlatformSql(f.ctx.p);
  });
  afterAll(async () => {
    recorder.restore();
    await f.ctx.close();
  });

  it('no statement a user can set off reads statement lines, matches or ledger lines whole or by company alone', async () => {
    const id = await f.addBankAccount();
    const journalId = await f.journal('BNK');
    for (const [date, amount, reference] of [
      ['2024-04-01', '700.00', 'SO-7781'],
      ['2024-04-02', '300.00', undefined],
      ['2024-04-09', '55.00', 'RENT-4'],
    ] as const)
      await f.postEntry(date, amount, { reference });
    const april = mt940Statement(
      'APR',
      ['240331', '0.00'],
      [
        ['240402', '700.00', 'B1', 'Invoice SO-7781 paid'],
        ['240403', '300.00', 'B2', 'Transfer'],
        ['240405', '-12.50', 'B3', 'Service fee'],
        ['240410', '55.00', 'B4', 'RENT-4'],
        ['240412', '-5.00', 'B5', 'Card charge'],
      ],
      ['240430', '1037.50'],
    );
    const file = { bankAccountId: id, fileName: 'apr.sta', contentBase64: april };
    expect((await f.finance.post(`${api}/imports/preview`, file)).status).toBe(200);
    expect((await f.finance.post(`${api}/imports`, file)).status).toBe(201);
    expect((await f.finance.post(`${api}/imports`, file)).status).toBe(201);
    const statements = (await f.finance.get(`${api}/accounts/${id}/statements`)).body.items;
    expect((await f.finance.get(`${api}/statements/${statements[0].id}?page=1&pageSize=2`)).status).toBe(200);

    const proposals = (await f.finance.get(`${api}/accounts/${id}/proposals`)).body.items;
    expect(proposals.length).toBeGreaterThan(0);
    const [p] = proposals;
    const match = await f.finance.post(`${api}/matches`, {
      bankAccountId: id,
      bankLineIds: p.bankLines.map((l: { id: string }) => l.id),
      ledgerLineIds: p.ledgerLines.map((l: { id: string }) => l.id),
    });
    expect(match.status).toBe(201);
    expect((await f.finance.get(`${api}/accounts/${id}/matches?page=1&pageSize=20`)).status).toBe(200);
    expect((await f.finance.post(`${api}/matches/${match.body.id}/unmatch`, { reason: 'plan test' })).status).toBe(200);
    expect((await f.finance.post(`${api}/accounts/${id}/auto-match`, {})).status).toBe(200);

    const rule = { bankAccountId: id, name: 'Fees', textContains: 'fee', maxAmount: '0', accountId: f.ledgerAccount('5700'), journalId, memo: 'Bank charges' };
    expect((await f.finance.post(`${api}/rules`, rule)).status).toBe(201);
    expect((await f.finance.post(`${api}/accounts/${id}/apply-rules`, { dryRun: true })).status).toBe(200);
    expect((await f.finance.post(`${api}/accounts/${id}/apply-rules`, {})).status).toBe(200);
    const unmatched = (await f.finance.get(`${api}/accounts/${id}/unmatched/bank?page=1&pageSize=20`)).body.items;
    expect((await f.finance.get(`${api}/accounts/${id}/unmatched/ledger?page=1&pageSize=20`)).status).toBe(200);
    const card = unmatched.find((l: { amount: string }) => l.amount === '-5.00');
    expect(card).toBeDefined();
    expect((await f.finance.post(`${api}/lines/${card.id}/post`, { accountId: f.ledgerAccount('5990'), journalId, memo: 'Card charge' })).status).toBe(201);
    expect((await f.finance.get(`${api}/accounts/${id}/reconciliation?asOf=2024-04-30`)).status).toBe(200);

    expect(recorder.seen.size).toBeGreaterThan(30);
    const offending = unboundedReads(recorder.raw, recorder.seen, GROWING);
    expect(offending, offending.join('\n')).toEqual([]);
  });
});
