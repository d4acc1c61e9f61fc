import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { type BankingFixture, bankingFixture } from './banking.fixture.ts';
import { mt940Statement } from './matching.fixture.ts';

describe.each(DIALECTS)('a statement and its lines on %s', (dialect) => {
  let f: BankingFixture;
  let id: string;
  let statementId: string;
  const api = '/api/v1/banking';
  beforeAll(async () => {
    f = await bankingFixture(dialect);
    id = await f.addBankAccount();
    const statement = mt940Statement(
      'MAY',
      ['240430', '0.00'],
      [
        ['240502', '700.00', 'B1', 'Invoice SO-7781 paid'],
        ['240503', '-12.50', 'B2', 'Service fee'],
        ['240506', '40.00', 'B3', 'Refund'],
      ],
      ['240531', '727.50'],
    );
    expect((await f.finance.post(`${api}/imports`, { bankAccountId: id, fileName: 'may.sta', contentBase64: statement })).status).toBe(201);
    statementId = (await f.analyst.get(`${api}/accounts/${id}/statements`)).body.items[0].id;
    await f.postEntry('2024-05-01', '700.00', { reference: 'SO-7781' });
  });
  afterAll(async () => f.ctx.close());

  it('pages the lines in date order, each with its standing match, and forgets a match once undone', async () => {
    const first = await f.analyst.get(`${api}/statements/${statementId}?page=1&pageSize=2`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ page: 1, pageSize: 2, total: 3 });
    expect(first.body.lines.map((l: { amount: string; matchId: null }) => [l.amount, l.matchId])).toEqual([
      ['700.00', null],
      ['-12.50', null],
    ]);
    const second = await f.analyst.get(`${api}/statements/${statementId}?page=2&pageSize=2`);
    expect(second.body.lines.map((l: { amount: string }) => l.amount)).toEqual(['40.00']);

    const [p] = (await f.finance.get(`${api}/accounts/${id}/proposals`)).body.items;
    const match = await f.finance.post(`${api}/matches`, { bankAccountId: id, bankLineIds: [p.bankLines[0].id], ledgerLineIds: [p.ledgerLines[0].id] });
    expect(match.status).toBe(201);
    const matched = await f.analyst.get(`${api}/statements/${statementId}?page=1&pageSize=2`);
    expect(matched.body.lines.map((l: { matchId: string | null }) => l.matchId)).toEqual([match.body.id, null]);

    expect((await f.finance.post(`${api}/matches/${match.body.id}/unmatch`, { reason: 'test' })).status).toBe(200);
    const undone = await f.analyst.get(`${api}/statements/${statementId}?page=1&pageSize=2`);
    expect(undone.body.lines.map((l: { matchId: string | null }) => l.matchId)).toEqual([null, null]);
  });
});
