import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { type BankingFixture, bankingFixture } from './banking.fixture.ts';
import { mt940Statement } from './matching.fixture.ts';

/** Closed periods: no new match, no entry from a line, no unmatch touching a date the ledger has closed; a refusal writes nothing. */
describe.each(DIALECTS)('banking refusals in closed periods on %s', (dialect) => {
  let f: BankingFixture;
  let id: string;
  let journalId: string;
  let standing: string;
  const api = '/api/v1/banking';
  const lines: Record<string, string> = {};
  /** What a refusal must leave as it was: matches, match lines, ledger entries, audit events. */
  const snapshot = async () => {
    const count = async (table: string) => Number((await sql<{ n: bigint }>`select count(*) as n from ${sql.table(table)}`.execute(f.ctx.t.db)).rows[0].n);
    const standingMatches = (await f.finance.get(`${api}/accounts/${id}/matches`)).body;
    return {
      matches: await count('bank_match'),
      matchLines: await count('bank_match_line'),
      entries: await count('ledger_entry'),
      audit: await count('audit_event'),
      standing: standingMatches.total ?? standingMatches.items?.length,
    };
  };

  beforeAll(async () => {
    f = await bankingFixture(dialect);
    journalId = await f.journal('BNK');
    id = await f.addBankAccount();
    const march = mt940Statement(
      'MAR',
      ['240229', '0.00'],
      [
        ['240305', '100.00', 'B1', 'Transfer in'],
        ['240310', '200.00', 'B2', 'Invoice paid'],
        ['240328', '-7.50', 'B3', 'Card charge'],
        ['240402', '300.00', 'B4', 'Transfer in April'],
      ],
      ['240402', '592.50'],
    );
    expect((await f.finance.post(`${api}/imports`, { bankAccountId: id, fileName: 'mar.sta', contentBase64: march })).status).toBe(201);
    for (const [date, amount] of [
      ['2024-03-05', '100.00'],
      ['2024-03-10', '200.00'],
      ['2024-03-31', '300.00'],
    ] as const)
      await f.postEntry(date, amount);
    const report = (await f.finance.get(`${api}/accounts/${id}/reconciliation?asOf=2024-04-30`)).body;
    for (const b of report.unmatchedBank.items) lines[`bank ${b.amount}`] = b.id;
    for (const l of report.unmatchedLedger.items) lines[`ledger ${l.amount}`] = l.id;
    // matched while March is open
    const m = await f.finance.post(`${api}/matches`, { bankAccountId: id, bankLineIds: [lines['bank 100.00']], ledgerLineIds: [lines['ledger 100.00']] });
    expect(m.status).toBe(201);
    standing = m.body.id;
    expect((await f.admin.request('PUT', '/api/v1/ledger/lock-date', { lockDate: '2024-03-31' })).status).toBe(200);
  });
  afterAll(async () => f.ctx.close());

  it('refuses to confirm a match with a ledger line in the closed period, naming the field, line and reason; nothing changes', async () => {
    const before = await snapshot();
    const r = await f.finance.post(`${api}/matches`, { bankAccountId: id, bankLineIds: [lines['bank 200.00']], ledgerLineIds: [lines['ledger 200.00']] });
    expect(r.status).toBe(409);
    expect(r.body.error).toMatchObject({
      code: 'PERIOD_LOCKED',
      details: { path: 'ledgerLineIds', lineId: lines['ledger 200.00'], date: '2024-03-10', reason: 'The books are locked up to 2024-03-31' },
    });
    // a bank line dated in April with a ledger line of March 31 is refused too: the ledger line decides
    const april = await f.finance.post(`${api}/matches`, { bankAccountId: id, bankLineIds: [lines['bank 300.00']], ledgerLineIds: [lines['ledger 300.00']] });
    expect(april.status).toBe(409);
    expect(april.body.error.details).toMatchObject({ path: 'ledgerLineIds', date: '2024-03-31' });
    expect(await snapshot()).toEqual(before);
  });

  it('bulk accept skips proposals in the closed period and counts them; nothing changes', async () => {
    const before = await snapshot();
    const r = await f.finance.post(`${api}/accounts/${id}/auto-match`, { minScore: 50, windowDays: 5 });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ confirmed: 0, conflicts: 0, periodLocked: 2 });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses to post an entry from a statement line dated in the closed period; no entry is left behind', async () => {
    const before = await snapshot();
    const r = await f.finance.post(`${api}/lines/${lines['bank -7.50']}/post`, { accountId: f.ledgerAccount('5990'), journalId, memo: 'Card charge' });
    expect(r.status).toBe(409);
    expect(r.body.error).toMatchObject({ code: 'PERIOD_LOCKED', details: { path: 'bankLineId', lineId: lines['bank -7.50'], date: '2024-03-28' } });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses to undo a match whose ledger line is in the closed period; the match stands', async () => {
    const before = await snapshot();
    const r = await f.finance.post(`${api}/matches/${standing}/unmatch`, { reason: 'wrong' });
    expect(r.status).toBe(409);
    expect(r.body.error).toMatchObject({ code: 'PERIOD_LOCKED', details: { date: '2024-03-05' } });
    expect(['ledgerLineIds', 'bankLineIds']).toContain(r.body.error.details.path);
    expect(await snapshot()).toEqual(before);
  });

  it('once the lock date moves back, the same match is accepted', async () => {
    expect((await f.admin.request('PUT', '/api/v1/ledger/lock-date', { lockDate: null })).status).toBe(200);
    const r = await f.finance.post(`${api}/matches`, { bankAccountId: id, bankLineIds: [lines['bank 200.00']], ledgerLineIds: [lines['ledger 200.00']] });
    expect(r.status).toBe(201);
  });
});
