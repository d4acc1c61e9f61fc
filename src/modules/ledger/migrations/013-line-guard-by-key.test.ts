import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../../test/dialects.ts';
import type { CompanyDb } from '../../../platform/db/company-scope.ts';
import { type LedgerFixture, ledgerFixture } from '../ledger.fixture.ts';
import { typed } from '../ledger-db.ts';
import { postNewEntry } from '../post-new-entry.ts';
import { lineGuardByKeyMigration } from './013-line-guard-by-key.ts';

const REFUSED = /ledger_line: (the )?entry \S*\s?is posted, no line may be added/;
const AT = '2026-02-01T00:00:00.000Z';

/** `with recursive s(i)`: 1 … n (generate_series is not in every SQLite build). */
const series = (n: number) => sql`with recursive s(i) as (select 1 union all select i + 1 from s where i < ${n})`;

/** `n` draft entries `${prefix}1` … `${prefix}n` of the company, written in one statement. */
async function insertDrafts(db: Kysely<any>, company: string, journal: string, prefix: string, n: number) {
  await sql`${series(n)} insert into ledger_entry (id, company_id, journal_id, status, date, author_label, created_at, updated_at)
    select cast(${prefix} as text) || i, ${company}, ${journal}, 'draft', date('2026-02-01'), 'test', ${AT}, ${AT} from s`.execute(db);
}

/** Three lines for each of the entries `${prefix}1` … `${prefix}n`, in ONE INSERT statement (`tail`: more rows, `union all`). */
function insertLines(prefix: string, n: number, company: string, debit: string, credit: string, tail = sql``) {
  return sql`${series(n)} insert into ledger_line (id, company_id, entry_id, line_no, account_id, currency, amount, base_amount, rate, entry_date)
    select cast(${prefix} as text) || i || '-' || k, ${company}, cast(${prefix} as text) || i, k, case when k = 1 then ${debit} else ${credit} end,
      'SAR', case when k = 1 then 200 else -100 end, case when k = 1 then 200 else -100 end, '1', date('2026-02-01')
    from s, (select 1 as k union all select 2 union all select 3) kk ${tail}`;
}

describe.each(DIALECTS)('migration 013 (the line guard by primary key) on %s', (dialect) => {
  let f: LedgerFixture;
  let db: CompanyDb;
  let raw: Kysely<any>;
  let company: string;
  let journal: string;
  let accounts: Map<string, string>;
  let posted: string;

  beforeAll(async () => {
    f = await ledgerFixture(dialect);
    db = f.db;
    raw = f.ctx.t.db as never;
    company = f.companyId;
    journal = f.journal('GEN');
    accounts = new Map(['5300', '1130'].map((code) => [code, f.account(code)]));
    posted = (
      await postNewEntry(
        db,
        f.call,
        f.entry('2026-01-05', [
          ['5300', '10.00'],
          ['1130', '-10.00'],
        ]),
      )
    ).entry.id;
  });
  afterAll(async () => f?.close());

  it.runIf(dialect === 'sqlite')('is a no-op on SQLite (the row trigger stays)', async () => {
    const schema = () => sql<{ sql: string }>`select type, name, sql from sqlite_master order by type, name`.execute(raw);
    const before = (await schema()).rows;
    await lineGuardByKeyMigration.up(raw);
    expect((await schema()).rows).toEqual(before);
    expect(before.some((r: any) => r.name === 'ledger_line_posted_entry')).toBe(true);
  });

  it.runIf(dialect === 'postgres')("plans the guard's query as one ledger_entry primary-key probe per line: no scan of ledger_entry, no join", async () => {
    const fn = (
      await sql<{ src: string; config: string[] | null }>`select prosrc as src, proconfig as config from pg_proc
          where proname = 'ledger_line_insert_guard_statement'`.execute(raw)
    ).rows;
    expect(fn).toHaveLength(1);
    expect(fn[0].config).toContain('enable_seqscan=off');
    // The function's own query, with a real table standing in for the transition table.
    const m = /select\s+n\.entry_id\s+into\s+posted\s+(from\s+ledger_line_new\s+n\s[\s\S]*?limit 1)\s*;/i.exec(fn[0].src);
    expect(m).not.toBeNull();
    const query = `select n.entry_id ${(m as RegExpExecArray)[1].replace('ledger_line_new', 'zz_line_new')}`;
    const pkey = (
      await sql<{ name: string }>`select indexrelid::regclass::text as name from pg_index
          where indrelid = 'ledger_entry'::regclass and indisprimary`.execute(raw)
    ).rows[0].name;
    const plans = await raw.transaction().execute(async (tx) => {
      // The worst case for the old join: statistics saying `ledger_entry` is tiny, a large statement.
      await sql`analyze ledger_entry`.execute(tx);
      await sql`create temp table zz_line_new (entry_id text not null) on commit drop`.execute(tx);
      await sql`insert into zz_line_new select 'zz-' || i from generate_series(1, 15000) i`.execute(tx);
      await sql`insert into zz_line_new values (${posted})`.execute(tx);
      await sql`analyze zz_line_new`.execute(tx);
      // The settings the function runs with (`set enable_seqscan = off`).
      for (const kv of fn[0].config ?? []) {
        const at = kv.indexOf('=');
        await sql`select set_config(${kv.slice(0, at)}, ${kv.slice(at + 1)}, true)`.execute(tx);
      }
      const plan = (await sql.raw<{ 'QUERY PLAN': string }>(`explain ${query}`).execute(tx)).rows.map((r) => r['QUERY PLAN']).join('\n');
      const found = (await sql.raw<{ entry_id: string }>(query).execute(tx)).rows;
      return { plan, found };
    });
    expect(plans.plan).toMatch(new RegExp(`Index (Only )?Scan using ${pkey} on ledger_entry`));
    expect(plans.plan).toMatch(/SubPlan/);
    expect(plans.plan).not.toMatch(/Seq Scan on ledger_entry/);
    expect(plans.plan).not.toMatch(/Hash Join|Nested Loop|Merge Join|Hash Semi Join/);
    // and the query still finds the line of the posted entry
    expect(plans.found).toEqual([{ entry_id: posted }]);
  });

  it('takes thousands of lines for draft entries in ONE statement, on a connection whose guard was planned on a tiny ledger', async () => {
    const debit = accounts.get('5300') as string;
    const credit = accounts.get('1130') as string;
    const count = await raw.connection().execute(async (c) => {
      if (dialect === 'postgres') await sql`analyze ledger_entry`.execute(c);
      // the guard's plan is made (and, on PostgreSQL, kept by this connection) while the ledger has two entries
      await insertDrafts(c, company, journal, 'first-', 1);
      await insertLines('first-', 1, company, debit, credit).execute(c);
      await insertDrafts(c, company, journal, 'bulk-', 4000);
      await insertLines('bulk-', 4000, company, debit, credit).execute(c);
      return (await sql<{ n: number | string }>`select count(*) as n from ledger_line where entry_id like 'bulk-%'`.execute(c)).rows[0].n;
    });
    expect(Number(count)).toBe(12_000);
  }, 120_000);

  it('still refuses a line for a posted entry, with the same message, alone or among draft lines', async () => {
    const line = await typed(db).selectFrom('ledger_line').selectAll().where('entry_id', '=', posted).executeTakeFirstOrThrow();
    await expect(
      raw
        .insertInto('ledger_line')
        .values({ ...line, id: '01a00000-0000-7000-8000-0000000000ff', line_no: 9n })
        .execute(),
    ).rejects.toThrow(REFUSED);
    await insertDrafts(raw, company, journal, 'mixed-', 500);
    const tail = sql`union all select 'mixed-posted', ${company}, ${posted}, 10, ${line.account_id}, 'SAR', 1, 1, '1', date('2026-01-05')`;
    await expect(insertLines('mixed-', 500, company, accounts.get('5300') as string, accounts.get('1130') as string, tail).execute(raw)).rejects.toThrow(
      dialect === 'postgres' ? new RegExp(`ledger_line: entry ${posted} is posted, no line may be added`) : REFUSED,
    );
    if (dialect === 'postgres') {
      await expect(
        raw
          .insertInto('ledger_line')
          .values({ ...line, id: 'again', line_no: 11n })
          .execute(),
      ).rejects.toMatchObject({ code: '42501' });
    }
    const left = await sql<{ n: number | string }>`select count(*) as n from ledger_line where entry_id like 'mixed-%'`.execute(raw);
    expect(Number(left.rows[0].n)).toBe(0);
  });
});
