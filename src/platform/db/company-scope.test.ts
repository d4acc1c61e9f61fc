import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/dialects.ts';
import { CompanyScopeError, scopeToCompany } from './company-scope.ts';

describe.each(DIALECTS)('company scope on %s', (dialect) => {
  let t: TestDatabase;
  const tables = new Set(['thing', 'part']);
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await t.db.schema
      .createTable('thing')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('company_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text')
      .execute();
    await t.db.schema
      .createTable('part')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('company_id', 'text', (c) => c.notNull())
      .addColumn('thing_id', 'text')
      .execute();
  });
  afterAll(async () => t.destroy());

  it('fills company_id on insert and sees only its own company', async () => {
    const a = scopeToCompany(t.db, 'A', tables);
    const b = scopeToCompany(t.db, 'B', tables);
    await a
      .insertInto('thing')
      .values([
        { id: 'a1', name: 'mine' },
        { id: 'a2', name: 'also mine' },
      ])
      .execute();
    await b.insertInto('thing').values({ id: 'b1', name: 'theirs' }).execute();
    await b.insertInto('part').values({ id: 'p1', thing_id: 'a1' }).execute();
    await a.insertInto('part').values({ id: 'p2', thing_id: 'a1' }).execute();
    expect((await a.selectFrom('thing').select('id').orderBy('id').execute()).map((r) => r.id)).toEqual(['a1', 'a2']);
    expect(await a.selectFrom('thing').select('id').where('id', '=', 'b1').executeTakeFirst()).toBeUndefined();
    const raw = await t.db.selectFrom('thing').select(['id', 'company_id']).orderBy('id').execute();
    expect(raw).toEqual([
      { id: 'a1', company_id: 'A' },
      { id: 'a2', company_id: 'A' },
      { id: 'b1', company_id: 'B' },
    ]);
    // joins and subqueries are scoped too
    const joined = await a
      .selectFrom('thing as t')
      .leftJoin('part as p', 'p.thing_id', 't.id')
      .select(['t.id', 'p.id as part'])
      .where('t.id', '=', 'a1')
      .execute();
    expect(joined).toEqual([{ id: 'a1', part: 'p2' }]);
    const sub = await a
      .selectFrom('thing')
      .select('id')
      .where('id', 'in', (q: any) => q.selectFrom('part').select('thing_id'))
      .execute();
    expect(sub).toEqual([{ id: 'a1' }]);
  });

  it("cannot update or delete another company's rows", async () => {
    const a = scopeToCompany(t.db, 'A', tables);
    const upd = await a.updateTable('thing').set({ name: 'hacked' }).where('id', '=', 'b1').executeTakeFirst();
    expect(upd.numUpdatedRows).toBe(0n);
    const del = await a.deleteFrom('thing').where('id', '=', 'b1').executeTakeFirst();
    expect(del.numDeletedRows).toBe(0n);
    expect((await t.db.selectFrom('thing').select('name').where('id', '=', 'b1').executeTakeFirstOrThrow()).name).toBe('theirs');
  });

  it('refuses a caller that sets company_id itself', async () => {
    const a = scopeToCompany(t.db, 'A', tables);
    await expect(a.insertInto('thing').values({ id: 'x', company_id: 'B', name: 'x' }).execute()).rejects.toBeInstanceOf(CompanyScopeError);
    await expect(a.updateTable('thing').set({ company_id: 'B' }).execute()).rejects.toBeInstanceOf(CompanyScopeError);
  });

  it('scopes inside transactions', async () => {
    const a = scopeToCompany(t.db, 'A', tables);
    const n = await a.transaction().execute(async (trx) => (await trx.selectFrom('thing').select('id').execute()).length);
    expect(n).toBe(2);
  });
});

describe('companyIdOf', () => {
  it('tells the company of a scoped handle, also inside a transaction', async () => {
    const { createTestDatabase: make } = await import('../../../test/dialects.ts');
    const t = await make('sqlite');
    try {
      const { companyIdOf } = await import('./company-scope.ts');
      const a = scopeToCompany(t.db, 'A', new Set());
      expect(companyIdOf(a)).toBe('A');
      await a.transaction().execute(async (trx) => expect(companyIdOf(trx as never)).toBe('A'));
      expect(() => companyIdOf(t.db as never)).toThrow(CompanyScopeError);
    } finally {
      await t.destroy();
    }
  });
});
