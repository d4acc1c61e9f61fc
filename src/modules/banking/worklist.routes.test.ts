import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { type BankingFixture, bankingFixture } from './banking.fixture.ts';
import { typed } from './banking.tables.ts';
import { mt940Statement } from './matching.fixture.ts';

describe.each(DIALECTS)('reconciliation worklist and rule changes on %s', (dialect) => {
  let f: BankingFixture;
  let id: string;
  let journalId: string;
  let projectA: string;
  let projectB: string;
  const api = '/api/v1/banking';
  const rulesNow = async () => (await f.finance.get(`${api}/accounts/${id}/rules`)).body.items;
  beforeAll(async () => {
    f = await bankingFixture(dialect);
    journalId = await f.journal('BNK');
    const dim = await f.admin.post('/api/v1/ledger/dimensions', { code: 'PRJ', nameEn: 'Project', nameAr: 'مشروع', slot: 1 });
    expect(dim.status).toBe(201);
    projectA = (await f.admin.post('/api/v1/ledger/dimension-values', { dimensionId: dim.body.id, code: 'A', nameEn: 'Alpha', nameAr: 'ألفا' })).body.id;
    projectB = (await f.admin.post('/api/v1/ledger/dimension-values', { dimensionId: dim.body.id, code: 'B', nameEn: 'Beta', nameAr: 'بيتا' })).body.id;
    id = await f.addBankAccount();
    const statement = mt940Statement(
      'APR',
      ['240331', '0.00'],
      [
        ['240402', '700.00', 'B1', 'Invoice SO-7781 paid'],
        ['240405', '-12.50', 'B2', 'Service fee'],
        ['240406', '-30.00', 'B3', 'Card charge'],
      ],
      ['240430', '657.50'],
    );
    expect((await f.finance.post(`${api}/imports`, { bankAccountId: id, fileName: 'apr.sta', contentBase64: statement })).status).toBe(201);
    await f.postEntry('2024-04-01', '700.00', { reference: 'SO-7781' });
  });
  afterAll(async () => f.ctx.close());

  it('lists each side unmatched, a page at a time, with totals; a confirmed match moves to the matches list', async () => {
    const bank = await f.analyst.get(`${api}/accounts/${id}/unmatched/bank?pageSize=2`);
    expect(bank.status).toBe(200);
    expect(bank.body).toMatchObject({ total: 3, page: 1, pageSize: 2, totalAmount: '657.50' });
    expect(bank.body.items.map((i: { amount: string }) => i.amount)).toEqual(['700.00', '-12.50']);
    expect((await f.analyst.get(`${api}/accounts/${id}/unmatched/bank?page=2&pageSize=2`)).body.items).toHaveLength(1);
    const ledger = await f.analyst.get(`${api}/accounts/${id}/unmatched/ledger`);
    expect(ledger.body).toMatchObject({ total: 1, totalAmount: '700.00', items: [{ date: '2024-04-01', amount: '700.00' }] });
    const match = await f.finance.post(`${api}/matches`, { bankAccountId: id, bankLineIds: [bank.body.items[0].id], ledgerLineIds: [ledger.body.items[0].id] });
    expect(match.status).toBe(201);
    expect((await f.analyst.get(`${api}/accounts/${id}/unmatched/bank`)).body.total).toBe(2);
    expect((await f.analyst.get(`${api}/accounts/${id}/unmatched/ledger`)).body).toMatchObject({ total: 0, totalAmount: '0.00' });
    const matches = await f.analyst.get(`${api}/accounts/${id}/matches`);
    expect(matches.body).toMatchObject({
      total: 1,
      items: [{ id: match.body.id, total: '700.00', bankLines: [{ text: 'Invoice SO-7781 paid' }], ledgerLines: [{ amount: '700.00', date: '2024-04-01' }] }],
    });
    expect((await f.analyst.get(`${api}/accounts/00000000-0000-4000-8000-000000000000/unmatched/bank`)).status).toBe(404);
    expect((await f.analyst.get(`${api}/accounts/${id}/matches?pageSize=500`)).status).toBe(400);
  });

  it('a rule with a dimension posts its entry with it; a bad dimension is refused by name and changes nothing', async () => {
    const rule = {
      bankAccountId: id,
      name: 'Fees',
      textContains: 'fee',
      maxAmount: '0',
      accountId: f.ledgerAccount('5700'),
      journalId,
      dimensions: [projectA],
    };
    const bad = await f.finance.post(`${api}/rules`, { ...rule, dimensions: [projectA, projectB] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([{ path: 'dimensions.1', message: 'Two values of PRJ: give at most one per dimension' }]);
    expect(await rulesNow()).toEqual([]);
    const created = await f.finance.post(`${api}/rules`, rule);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Fees', dimensions: [projectA] });
    const applied = await f.finance.post(`${api}/accounts/${id}/apply-rules`, {});
    expect(applied.body.applied).toHaveLength(1);
    const entry = await f.finance.get(`/api/v1/ledger/entries/${applied.body.applied[0].entryId}`);
    const feeLine = entry.body.lines.find((l: { accountCode: string }) => l.accountCode === '5700');
    expect(feeLine.dimensions.map((d: { valueId: string }) => d.valueId)).toEqual([projectA]);
  });

  it('changes a rule (analyst may not); a change that breaks it is refused and changes nothing; deleting is audited', async () => {
    const [rule] = await rulesNow();
    expect((await f.analyst.patch(`${api}/rules/${rule.id}`, { name: 'x' })).status).toBe(403);
    const refused = await f.finance.patch(`${api}/rules/${rule.id}`, {
      textContains: null,
      minAmount: '5',
      dimensions: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.map((d: { path: string }) => d.path)).toEqual(['textContains', 'maxAmount', 'dimensions.0']);
    expect(await rulesNow()).toEqual([rule]);
    const changed = await f.finance.patch(`${api}/rules/${rule.id}`, {
      name: 'Bank fees',
      textPattern: '*charge*',
      textContains: null,
      dimensions: [projectB],
      active: false,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      name: 'Bank fees',
      textContains: null,
      textPattern: '*charge*',
      maxAmount: '0.00',
      dimensions: [projectB],
      active: false,
    });
    expect(await rulesNow()).toEqual([changed.body]);
    expect((await f.finance.patch(`${api}/rules/00000000-0000-4000-8000-000000000000`, {})).status).toBe(404);
    expect((await f.analyst.delete(`${api}/rules/${rule.id}`)).status).toBe(403);
    expect((await f.finance.delete(`${api}/rules/${rule.id}`)).status).toBe(204);
    expect(await rulesNow()).toEqual([]);
    expect((await f.finance.delete(`${api}/rules/${rule.id}`)).status).toBe(404);
    const audit = await f.admin.get(`/api/v1/audit?targetId=${rule.id}`);
    expect(audit.body.items.map((e: { action: string }) => e.action).sort()).toEqual(['banking.rule.created', 'banking.rule.deleted', 'banking.rule.updated']);
    // The match the rule made stands.
    expect(await typed(f.db).selectFrom('bank_match').select('id').where('rule_id', '=', rule.id).where('status', '=', 'matched').execute()).toHaveLength(1);
  });

  it('an entry from a statement line carries the chosen dimension', async () => {
    const line = (await f.finance.get(`${api}/accounts/${id}/unmatched/bank`)).body.items.find((l: { text: string }) => l.text === 'Card charge');
    const bad = await f.finance.post(`${api}/lines/${line.id}/post`, { accountId: f.ledgerAccount('5990'), journalId, dimensions: [journalId] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([{ path: 'dimensions.0', message: 'No such dimension value' }]);
    expect((await f.finance.get(`${api}/accounts/${id}/unmatched/bank`)).body.total).toBe(1);
    const posted = await f.finance.post(`${api}/lines/${line.id}/post`, { accountId: f.ledgerAccount('5990'), journalId, dimensions: [projectB] });
    expect(posted.status).toBe(201);
    const entry = await f.finance.get(`/api/v1/ledger/entries/${posted.body.entryId}`);
    expect(entry.body.lines.find((l: { accountCode: string }) => l.accountCode === '5990').dimensions).toMatchObject([{ valueId: projectB }]);
  });
});
