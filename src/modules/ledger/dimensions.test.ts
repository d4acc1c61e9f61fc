import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS } from '../../../test/dialects.ts';
import { allModules } from '../../modules.ts';
import { migrateAll } from '../../platform/db/migrator.ts';
import { createDimension } from './create-dimension.ts';
import { createDimensionValue } from './create-dimension-value.ts';
import { createDraft } from './create-draft.ts';
import { type LedgerFixture, ledgerFixture } from './ledger.fixture.ts';
import { typed } from './ledger-db.ts';
import { postEntry } from './post-entry.ts';
import { postNewEntry } from './post-new-entry.ts';
import { reverseEntry } from './reverse-entry.ts';
import { trialBalance } from './trial-balance.ts';
import { updateDimensionValue } from './update-dimension-value.ts';
import { verifyLedger } from './verify-ledger.ts';

describe.each(DIALECTS)('dimensions on %s', (dialect) => {
  let f: LedgerFixture;
  const v: Record<string, string> = {};
  beforeAll(async () => {
    f = await ledgerFixture(dialect);
    const dept = await createDimension(f.db, f.call, { code: 'department', nameEn: 'Department', nameAr: 'القسم', slot: 1 });
    const proj = await createDimension(f.db, f.call, { code: 'project', nameEn: 'Project', nameAr: 'المشروع', slot: 2 });
    for (const [d, code] of [
      [dept.id, 'sales'],
      [dept.id, 'ops'],
      [proj.id, 'p1'],
    ] as const)
      v[code] = (await createDimensionValue(f.db, f.call, { dimensionId: d, code, nameEn: code, nameAr: code })).id;
  });
  afterAll(async () => f.close());

  const withDims = (dims: string[][]) => {
    const e = f.entry('2026-02-10', [
      ['5300', '100.00'],
      ['5300', '50.00'],
      ['1110', '-150.00'],
    ]);
    return { ...e, lines: e.lines.map((l, i) => ({ ...l, dimensions: dims[i] })) };
  };

  it('refuses a taken slot or code', async () => {
    const again = createDimension(f.db, f.call, { code: 'cost_centre', nameEn: 'Cost centre', nameAr: 'مركز التكلفة', slot: 1 });
    await expect(again).rejects.toMatchObject({ code: 'CONFLICT', details: { field: 'slot', code: 'ledger.dimension_slot_taken' } });
  });

  it('keeps a balance per dimension set; the trial balance sums across them; verify agrees', async () => {
    const { entry } = await postNewEntry(f.db, f.call, withDims([[v.sales, v.p1], [v.ops], []]));
    expect(entry.lines[0].dimensions.map((d) => `${d.dimension}/${d.value}`)).toEqual(['department/sales', 'project/p1']);
    const rows = await typed(f.db).selectFrom('ledger_balance').selectAll().where('account_id', '=', f.account('5300')).execute();
    expect(rows.map((r) => [r.dim1_id, r.dim2_id, r.dim3_id, r.amount]).sort()).toEqual(
      [
        [v.ops, '', '', 5000n],
        [v.sales, v.p1, '', 10000n],
      ].sort(),
    );
    const tb = await trialBalance(f.db, '2026-12-31', 'SAR');
    expect(tb.rows.find((r) => r.code === '5300')?.balance).toBe('150.00');
    expect(await verifyLedger(f.db)).toMatchObject({ ok: true });
    await reverseEntry(f.db, f.call, entry.id, { date: '2026-02-11' });
    const after = await trialBalance(f.db, '2026-12-31', 'SAR');
    expect(after.rows.find((r) => r.code === '5300')).toBeUndefined();
    expect(await verifyLedger(f.db)).toMatchObject({ ok: true });
  });

  it('refuses two values of one dimension and unknown values, naming the line', async () => {
    await expect(postNewEntry(f.db, f.call, withDims([[v.sales, v.ops], [], []]))).rejects.toMatchObject({
      code: 'VALIDATION',
      details: [{ path: 'lines.0.dimensions', message: 'Two values of the dimension department; a line takes one' }],
    });
    const other = '01900000-0000-7000-8000-000000000000';
    await expect(postNewEntry(f.db, f.call, withDims([[], [other], []]))).rejects.toMatchObject({ details: [{ path: 'lines.1.dimensions' }] });
  });

  it('refuses at posting a draft whose dimension value was archived since', async () => {
    const draft = await createDraft(f.db, f.call, withDims([[v.ops], [], []]));
    await updateDimensionValue(f.db, f.call, v.ops, { active: false });
    await expect(postEntry(f.db, f.call, draft.id)).rejects.toMatchObject({
      details: [{ path: 'lines.0.dimensions', message: 'Dimension value department/ops is archived' }],
    });
    await updateDimensionValue(f.db, f.call, v.ops, { active: true });
    await postEntry(f.db, f.call, draft.id);
    expect(await verifyLedger(f.db)).toMatchObject({ ok: true });
  });

  it('names the entry whose dimension was changed behind its back, and the balance it no longer matches', async () => {
    const { entry } = await postNewEntry(f.db, f.call, withDims([[v.sales], [], []]));
    if (dialect === 'postgres') await sql`drop trigger ledger_line_append_only on ledger_line`.execute(f.ctx.p.db);
    else await sql`drop trigger ledger_line_no_update`.execute(f.ctx.p.db);
    await sql`update ledger_line set dim1_id = ${v.ops} where entry_id = ${entry.id} and line_no = 1`.execute(f.ctx.p.db);
    const report = await verifyLedger(f.db);
    expect(report.failures.find((x) => x.check === 'chain')?.entryId).toBe(entry.id);
    expect(report.failures.some((x) => x.check === 'balances')).toBe(true);
  });
});

describe.each(DIALECTS)('migration 004 on an existing %s database', (dialect) => {
  it('keeps the kept balances (backfilled with no dimensions) and the upsert key works', async () => {
    const t = await createTestDatabase(dialect);
    try {
      const ledger = allModules.find((m) => m.name === 'ledger');
      if (!ledger) throw new Error('no ledger module');
      const upTo003 = Object.fromEntries(Object.entries(ledger.migrations).filter(([k]) => k < '004'));
      // Modules after the ledger may refer to its tables, so only those before it are migrated first.
      const before = allModules.slice(0, allModules.indexOf(ledger));
      await migrateAll(t.db, [...before, { name: 'ledger', migrations: upTo003 }]);
      const now = new Date().toISOString();
      await sql`insert into company (id, name, base_currency, language, time_zone, work_week, fiscal_year_start_month, created_at)
        values ('c1', 'Old Co', 'SAR', 'en', 'UTC', '[1,2,3,4,5]', 1, ${now})`.execute(t.db);
      await sql`insert into ledger_account (id, company_id, code, name_en, name_ar, type, subtype, postable, active, created_at, updated_at)
        values ('a1', 'c1', '1110', 'Cash', 'نقد', 'asset', 'cash', 1, 1, ${now}, ${now})`.execute(t.db);
      await sql`insert into ledger_balance (id, company_id, account_id, currency, period, amount, base_amount)
        values ('b1', 'c1', 'a1', 'SAR', '2026-01', 500, 500)`.execute(t.db);
      await migrateAll(t.db, allModules);
      const rows = await sql<{ amount: bigint; dim1_id: string }>`select amount, dim1_id from ledger_balance`.execute(t.db);
      expect(rows.rows.map((r) => [BigInt(r.amount), r.dim1_id])).toEqual([[500n, '']]);
      await sql`insert into ledger_balance (id, company_id, account_id, currency, period, amount, base_amount, dim1_id, dim2_id, dim3_id)
        values ('b2', 'c1', 'a1', 'SAR', '2026-01', 7, 7, '', '', '')
        on conflict (company_id, account_id, currency, period, dim1_id, dim2_id, dim3_id) do update set amount = ledger_balance.amount + excluded.amount`.execute(
        t.db,
      );
      const after = await sql<{ amount: bigint }>`select amount from ledger_balance`.execute(t.db);
      expect(after.rows.map((r) => BigInt(r.amount))).toEqual([507n]);
    } finally {
      await t.destroy();
    }
  });
});
