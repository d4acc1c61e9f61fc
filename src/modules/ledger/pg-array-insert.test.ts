import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { createCompany } from '../../platform/companies/index.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { entryInsert, entryRow, LINE_COLUMNS, lineInsert, lineRow } from './batch-rows.ts';
import { BulkInsert } from './bulk-insert.ts';
import { type LedgerFixture, ledgerFixture } from './ledger.fixture.ts';
import { typed } from './ledger-db.ts';
import { newIds } from './new-ids.ts';

/** Text a PostgreSQL array literal must escape, and text that only looks special. */
const AWKWARD = ['', 'NULL', 'null', '"quoted"', 'back\\slash', '{braces}', 'a,b', ' padded ', "it's", 'سطر عربي', 'tab\there', 'line\nbreak', '😀'];

const dayUpsert = new BulkInsert(['id', 'account_id', 'currency', 'day', 'dim1_id', 'dim2_id', 'dim3_id', 'amount', 'base_amount'], (db, values) =>
  typed(db)
    .insertInto('ledger_balance_day')
    .values(values as never)
    .onConflict((oc) =>
      oc.columns(['company_id', 'account_id', 'currency', 'day', 'dim1_id', 'dim2_id', 'dim3_id']).doUpdateSet((eb) => ({
        amount: eb('ledger_balance_day.amount', '+', eb.ref('excluded.amount')),
        base_amount: eb('ledger_balance_day.base_amount', '+', eb.ref('excluded.base_amount')),
      })),
    ),
);

// The rows BulkInsert writes are the rows it was given, on both dialects: on PostgreSQL they go as
// arrays (pg-array-insert.ts), lines in more than one statement here, and must come back unchanged.
describe.each(DIALECTS)('BulkInsert on %s', (dialect) => {
  let f: LedgerFixture;
  beforeAll(async () => {
    f = await ledgerFixture(dialect);
  });
  afterAll(async () => f.close());

  it('writes every value as given: nulls, awkward text, dates, instants, bigints; entries, then their lines', async () => {
    const n = 2 * 1000 + 7;
    const ids = newIds(n);
    const now = f.call.clock.now().toISOString();
    const rows = ids.map((id, i) =>
      entryRow(
        id,
        {
          journalId: f.journal('GEN'),
          date: `2026-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`,
          memo: i % 5 === 0 ? null : `${AWKWARD[i % AWKWARD.length]} ${i}`,
          reference: i % 3 === 0 ? null : AWKWARD[(i * 7) % AWKWARD.length],
          lines: [],
          idempotencyKey: i % 2 ? `k:${AWKWARD[i % AWKWARD.length]}:${i}` : null,
          requestHash: i % 4 ? null : 'h',
        },
        f.call,
        now,
        { number: `T/${i}`, fiscal_year: 2026n, sequence_no: BigInt(i + 1), chain_seq: BigInt(i + 1), hash: `h${i}`, prev_hash: `p${i}` },
      ),
    );
    const lines = newIds(n).map((id, i) =>
      lineRow(id, ids[i], rows[i][3] as string, i % 3, {
        accountId: f.account(i % 2 ? '5300' : '1130'),
        currency: 'SAR',
        amount: BigInt(i) * 3_000_000_000_000n - 4_000_000_000_000_000n,
        baseAmount: BigInt(-i),
        rate: i % 2 ? '1' : '3.75000001',
        memo: i % 4 === 0 ? null : AWKWARD[(i * 5) % AWKWARD.length],
      }),
    );
    await inTransaction(f.db, async (trx) => {
      await entryInsert.run(trx, rows);
      await lineInsert.run(trx, lines);
    });
    const back = await typed(f.db).selectFrom('ledger_entry').selectAll().where('number', 'like', 'T/%').orderBy('chain_seq').execute();
    expect(back).toHaveLength(n);
    back.forEach((r, i) => {
      const e = rows[i];
      expect([r.id, r.journal_id, r.status, r.date, r.memo, r.reference, r.author_id, r.author_label]).toEqual(e.slice(0, 8));
      expect([r.poster_id, r.poster_label, r.posted_at, r.idempotency_key, r.request_hash, r.reverses_entry_id, r.created_at, r.updated_at]).toEqual(
        e.slice(8, 16),
      );
      expect([r.number, BigInt(r.fiscal_year as never), BigInt(r.sequence_no as never), BigInt(r.chain_seq as never), r.hash, r.prev_hash]).toEqual(
        e.slice(16),
      );
      expect(r.company_id).toBe(f.companyId);
    });
    const lineBack = await typed(f.db)
      .selectFrom('ledger_line')
      .select([...LINE_COLUMNS, 'company_id'])
      .where('entry_id', 'in', ids)
      .orderBy('id')
      .execute();
    expect(
      lineBack.map(({ company_id, ...l }) => [
        ...Object.values({ ...l, line_no: BigInt(l.line_no), amount: BigInt(l.amount), base_amount: BigInt(l.base_amount) }),
      ]),
    ).toEqual(lines);
    expect(new Set(lineBack.map((l) => l.company_id))).toEqual(new Set([f.companyId]));
  });

  it('upserts across statements, each company writing its own company_id', async () => {
    const other = await createCompany(f.ctx.p, f.ctx.p.db, null, {
      name: 'Other Co',
      baseCurrency: 'SAR',
      language: 'en',
      timeZone: 'Asia/Riyadh',
      workWeek: [0, 1, 2, 3, 4],
      fiscalYearStartMonth: 1,
    });
    const otherDb = f.ctx.p.forCompany(other.id);
    const n = 1000 + 11;
    const rowsFor = () =>
      newIds(n).map((id, i) => [
        id,
        f.account('1130'),
        'SAR',
        `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
        AWKWARD[i % AWKWARD.length],
        String(Math.floor(i / 336)),
        '',
        BigInt(i) * 4_000_000_000_000n - 9_000_000_000_000_000n,
        BigInt(-i),
      ]);
    // Twice in one company (the second run adds to every row), once in the other.
    await inTransaction(f.db, (trx) => dayUpsert.run(trx, rowsFor()));
    await inTransaction(f.db, (trx) => dayUpsert.run(trx, rowsFor()));
    await inTransaction(otherDb, (trx) => dayUpsert.run(trx, rowsFor()));
    const read = (db: typeof f.db) =>
      typed(db)
        .selectFrom('ledger_balance_day')
        .select(['company_id', 'day', 'dim1_id', 'dim2_id', 'dim3_id', 'amount', 'base_amount'])
        .where('account_id', '=', f.account('1130'))
        .orderBy('amount')
        .execute();
    const mine = await read(f.db);
    const theirs = await read(otherDb);
    expect(mine).toHaveLength(n);
    expect(theirs).toHaveLength(n);
    const expected = rowsFor().map((r) => ({ day: r[3], dim1_id: r[4], dim2_id: r[5], dim3_id: r[6], amount: r[7] as bigint, base_amount: r[8] as bigint }));
    expect(theirs.map(({ company_id, ...r }) => ({ ...r, amount: BigInt(r.amount), base_amount: BigInt(r.base_amount) }))).toEqual(expected);
    expect(mine.map(({ company_id, ...r }) => ({ ...r, amount: BigInt(r.amount) / 2n, base_amount: BigInt(r.base_amount) / 2n }))).toEqual(expected);
    expect(new Set(mine.map((r) => r.company_id))).toEqual(new Set([f.companyId]));
    expect(new Set(theirs.map((r) => r.company_id))).toEqual(new Set([other.id]));
  });
});
