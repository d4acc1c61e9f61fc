import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { createDraft } from './create-draft.ts';
import { importEntriesCsv } from './import/import-entries-csv.ts';
import { type LedgerFixture, ledgerFixture, TWO_MARCH_ENTRIES, writeEntriesCsv } from './ledger.fixture.ts';
import { typed } from './ledger-db.ts';
import { listEntries } from './list-entries.ts';
import { postNewEntries, postNewEntry } from './post-new-entry.ts';
import { reverseEntry } from './reverse-entry.ts';

describe.each(DIALECTS)('the entries list on %s', (dialect) => {
  let f: LedgerFixture;
  let dir: string;
  beforeAll(async () => {
    f = await ledgerFixture(dialect);
    dir = mkdtempSync(join(tmpdir(), 'kawalis-list-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await f.close();
  });

  it('counts what it lists for every status and journal filter: posted by the journals’ chains, drafts by their index', async () => {
    const e = (date: string, amount: string, journal = 'GEN') => ({
      ...f.entry(date, [
        ['5300', amount],
        ['1130', `-${amount}`],
      ]),
      journalId: f.journal(journal),
    });
    const first = await postNewEntry(f.db, f.call, e('2026-01-05', '120.00'));
    await postNewEntries(f.db, [
      { call: f.call, input: e('2026-01-06', '10.00', 'BNK') },
      { call: f.call, input: e('2026-01-07', '20.00') },
    ]);
    await reverseEntry(f.db, f.call, first.entry.id, { date: '2026-02-10' });
    await createDraft(f.db, f.call, e('2026-02-03', '5.00'));
    await createDraft(f.db, f.call, e('2026-02-04', '6.00', 'BNK'));
    expect((await importEntriesCsv(f.db, f.call, writeEntriesCsv(dir, TWO_MARCH_ENTRIES))).ok).toBe(true);

    const all = await typed(f.db).selectFrom('ledger_entry').select(['status', 'journal_id']).execute();
    for (const status of [undefined, 'draft', 'posted'] as const) {
      for (const journalId of [undefined, f.journal('GEN'), f.journal('BNK'), f.journal('CSH')]) {
        const expected = all.filter((r) => (!status || r.status === status) && (!journalId || r.journal_id === journalId)).length;
        const listed = await listEntries(f.db, { status, journalId }, { limit: 2, offset: 0 });
        expect({ status, journalId, total: listed.total }).toEqual({ status, journalId, total: expected });
        expect(listed.items.length).toBe(Math.min(2, expected));
        for (const item of listed.items) if (status) expect(item.status).toBe(status);
      }
    }
    expect(all.length).toBe(8);
    const drafts = await listEntries(f.db, { status: 'draft' }, { limit: 10, offset: 0 });
    expect(drafts.items.map((i) => i.date)).toEqual(['2026-02-04', '2026-02-03']);
    // Any other filter is counted row by row.
    expect((await listEntries(f.db, { from: '2026-02-01', to: '2026-02-28' }, { limit: 1, offset: 0 })).total).toBe(3);
  });
});
