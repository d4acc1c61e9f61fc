import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { createDraft } from './create-draft.ts';
import { type LedgerFixture, ledgerFixture } from './ledger.fixture.ts';
import { postEntry } from './post-entry.ts';
import { postNewEntry } from './post-new-entry.ts';
import { updateLedgerSettings } from './update-ledger-settings.ts';

describe.each(DIALECTS)('segregation of duties on %s', (dialect) => {
  let f: LedgerFixture;
  beforeAll(async () => {
    f = await ledgerFixture(dialect);
  });
  afterAll(async () => f.close());
  const other = () => ({ ...f.call, actor: { ...f.call.actor, label: 'second-clerk' } });

  it('with segregation of duties on, the author of a manual entry cannot post it', async () => {
    await updateLedgerSettings(f.db, f.call, { segregationOfDuties: true });
    const lines = f.entry('2026-03-03', [
      ['1110', '1.00'],
      ['4100', '-1.00'],
    ]);
    const draft = await createDraft(f.db, f.call, lines);
    await expect(postEntry(f.db, f.call, draft.id)).rejects.toMatchObject({ code: 'CONFLICT', details: { rule: 'segregation_of_duties' } });
    await expect(postNewEntry(f.db, f.call, lines, { manual: true })).rejects.toMatchObject({ details: { rule: 'segregation_of_duties' } });
    expect((await postEntry(f.db, other(), draft.id)).poster).toBe('second-clerk');
    await updateLedgerSettings(f.db, f.call, { segregationOfDuties: false });
    await postNewEntry(f.db, f.call, lines, { manual: true });
  });
  it('is off by default: the author may post', async () => {
    const draft = await createDraft(
      f.db,
      f.call,
      f.entry('2026-03-04', [
        ['1110', '2.00'],
        ['4100', '-2.00'],
      ]),
    );
    expect((await postEntry(f.db, f.call, draft.id)).status).toBe('posted');
  });
});
