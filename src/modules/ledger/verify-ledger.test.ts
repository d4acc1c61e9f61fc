import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { createDraft } from './create-draft.ts';
import { deleteDraft } from './delete-draft.ts';
import { type LedgerFixture, ledgerFixture } from './ledger.fixture.ts';
import { postNewEntry } from './post-new-entry.ts';
import { updateDraft } from './update-draft.ts';
import { verifyLedger } from './verify-ledger.ts';

describe.each(DIALECTS)('immutability and tamper evidence on %s', (dialect) => {
  let f: LedgerFixture;
  const ids: string[] = [];
  beforeAll(async () => {
    f = await ledgerFixture(dialect);
    for (let i = 1; i <= 5; i++) {
      ids.push(
        (
          await postNewEntry(
            f.db,
            f.call,
            f.entry(`2026-01-${String(i + 1).padStart(2, '0')}`, [
              ['5300', `${i}0.00`],
              ['1130', `-${i}0.00`],
            ]),
          )
        ).entry.id,
      );
    }
  });
  afterAll(async () => f.close());
  const raw = () => f.ctx.t.db;

  it('the database refuses to update or delete a posted entry or any posted line', async () => {
    await expect(sql`update ledger_entry set memo = 'changed' where id = ${ids[0]}`.execute(raw())).rejects.toThrow(/immutable/);
    await expect(sql`delete from ledger_entry where id = ${ids[0]}`.execute(raw())).rejects.toThrow(/immutable/);
    await expect(sql`update ledger_line set amount = 1 where entry_id = ${ids[0]}`.execute(raw())).rejects.toThrow(/append-only/);
    await expect(sql`delete from ledger_line where entry_id = ${ids[0]}`.execute(raw())).rejects.toThrow(/append-only/);
    const line = await raw().selectFrom('ledger_line').selectAll().where('entry_id', '=', ids[0]).executeTakeFirstOrThrow();
    await expect(
      raw()
        .insertInto('ledger_line')
        .values({ ...line, id: '01a00000-0000-7000-8000-0000000000ff', line_no: 9n })
        .execute(),
    ).rejects.toThrow(/posted/);
  });

  it('drafts stay editable and deletable; a posted entry is refused by the use cases too', async () => {
    const draft = await createDraft(
      f.db,
      f.call,
      f.entry('2026-01-20', [
        ['5300', '1'],
        ['1130', '-2'],
      ]),
    );
    const changed = await updateDraft(f.db, f.call, draft.id, {
      lines: f.entry('2026-01-20', [
        ['5300', '2'],
        ['1130', '-2'],
      ]).lines,
      memo: 'fixed',
    });
    expect(changed.lines.map((l) => l.amount)).toEqual(['2.00', '-2.00']);
    expect(changed.memo).toBe('fixed');
    await deleteDraft(f.db, f.call, draft.id);
    await expect(updateDraft(f.db, f.call, ids[1], { memo: 'x' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(deleteDraft(f.db, f.call, ids[1])).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await verifyLedger(f.db)).ok).toBe(true);
  });

  it('names exactly the entry whose line was edited with raw SQL', async () => {
    if (dialect === 'postgres') await sql`drop trigger ledger_line_append_only on ledger_line`.execute(raw());
    else await sql`drop trigger ledger_line_no_update`.execute(raw());
    await sql`update ledger_line set amount = amount + 1, base_amount = base_amount + 1 where entry_id = ${ids[2]} and line_no = 1`.execute(raw());
    const report = await verifyLedger(f.db);
    expect(report.ok).toBe(false);
    const named = [...new Set(report.failures.map((x) => x.entryId).filter(Boolean))];
    expect(named).toEqual([ids[2]]);
    expect(report.failures[0]).toMatchObject({ check: 'chain', entryId: ids[2], number: 'GEN/2026/000003' });
    expect(report.failures.map((x) => x.check)).toEqual(expect.arrayContaining(['chain', 'balanced', 'balances']));
  });
});
