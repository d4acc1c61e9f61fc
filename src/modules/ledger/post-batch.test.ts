import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { countRows, type LedgerFixture, ledgerFixture } from './ledger.fixture.ts';
import { companyFacts } from './ledger-db.ts';
import { type BatchEntry, postEntriesBatch, takenIdempotencyKeys } from './post-batch.ts';
import { postNewEntry } from './post-new-entry.ts';
import { setLockDate } from './set-lock-date.ts';
import { trialBalance } from './trial-balance.ts';
import { verifyLedger } from './verify-ledger.ts';

describe.each(DIALECTS)('postEntriesBatch on %s', (dialect) => {
  let f: LedgerFixture;
  const audit = { action: 'ledger.entries.imported', targetType: 'ledger_import', targetId: 'test' };
  const line = (code: string, amount: bigint) => ({ accountId: f.account(code), currency: 'SAR', amount, baseAmount: amount, rate: '1', memo: null });
  const entry = (date: string, amount: bigint, extra: Partial<BatchEntry> = {}): BatchEntry => ({
    journalId: f.journal('GEN'),
    date,
    memo: `m ${date}`,
    reference: null,
    lines: [line('5300', amount), line('1130', -amount)],
    ...extra,
  });
  beforeAll(async () => {
    f = await ledgerFixture(dialect);
  });
  afterAll(async () => f.close());

  it('numbers, chains and balances a batch across journals and fiscal years, with one audit event', async () => {
    await postNewEntry(
      f.db,
      f.call,
      f.entry('2025-12-31', [
        ['5300', '1.00'],
        ['1130', '-1.00'],
      ]),
    );
    const company = await companyFacts(f.db, f.call.actor);
    const batch = [
      entry('2025-12-30', 100n),
      entry('2026-01-02', 200n, { journalId: f.journal('CSH') }),
      entry('2026-01-03', 300n, { idempotencyKey: 'imp:k1' }),
      entry('2025-11-01', 400n),
    ];
    const r = await postEntriesBatch(f.db, f.call, company, batch, audit);
    expect(r.numbers).toEqual(['GEN/2025/000002', 'CSH/2026/000001', 'GEN/2026/000001', 'GEN/2025/000003']);
    expect(r.ranges).toEqual(
      expect.arrayContaining([
        { journal: 'GEN', fiscalYear: 2025, from: 'GEN/2025/000002', to: 'GEN/2025/000003' },
        { journal: 'GEN', fiscalYear: 2026, from: 'GEN/2026/000001', to: 'GEN/2026/000001' },
      ]),
    );
    const report = await verifyLedger(f.db);
    expect(report).toMatchObject({ ok: true, entriesChecked: 5 });
    const tb = await trialBalance(f.db, '2026-12-31', 'SAR');
    expect(tb.rows.find((x) => x.code === '5300')?.balance).toBe('11.00');
    const events = await f.ctx.t.db.selectFrom('audit_event').select(['action', 'summary']).where('action', '=', 'ledger.entries.imported').execute();
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0].summary as string)).toMatchObject({ entries: 4 });
    expect(await takenIdempotencyKeys(f.db, ['imp:k1', 'imp:k2'])).toEqual(new Set(['imp:k1']));
    // A later single posting continues the same chain and numbering.
    const next = await postNewEntry(
      f.db,
      f.call,
      f.entry('2026-01-04', [
        ['5300', '1.00'],
        ['1130', '-1.00'],
      ]),
    );
    expect(next.entry.number).toBe('GEN/2026/000002');
    expect((await verifyLedger(f.db)).ok).toBe(true);
  });

  it('refuses the whole batch when one entry breaks a rule, naming it', async () => {
    const company = await companyFacts(f.db, f.call.actor);
    const before = await countRows(f.db, 'ledger_entry');
    const bad = { ...entry('2026-02-01', 5n), lines: [line('5300', 5n), line('1130', -4n)] };
    await expect(postEntriesBatch(f.db, f.call, company, [entry('2026-02-01', 5n), bad], audit)).rejects.toMatchObject({
      code: 'UNBALANCED',
    });
    await expect(
      postEntriesBatch(f.db, f.call, company, [{ ...entry('2026-02-01', 5n), lines: [line('11', 5n), line('1130', -5n)] }], audit),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      details: [expect.objectContaining({ path: 'entries.0.lines.0.accountId' })],
    });
    await setLockDate(f.db, f.call, '2026-01-10');
    await expect(postEntriesBatch(f.db, f.call, company, [entry('2026-02-15', 5n), entry('2026-01-05', 5n)], audit)).rejects.toMatchObject({
      code: 'PERIOD_LOCKED',
    });
    await expect(postEntriesBatch(f.db, f.call, company, [entry('2026-03-01', 5n, { idempotencyKey: 'imp:k1' })], audit)).rejects.toThrow();
    expect(await countRows(f.db, 'ledger_entry')).toBe(before);
    expect((await verifyLedger(f.db)).ok).toBe(true);
  });
});

describe('newIds', () => {
  it('makes UUIDv7 ids like the platform, time first', async () => {
    const { newIds } = await import('./post-batch.ts');
    const { newId, uuidPattern } = await import('../../platform/ids.ts');
    const now = Date.UTC(2026, 2, 1);
    const ids = newIds(1000, now);
    expect(new Set(ids).size).toBe(1000);
    for (const id of ids) expect(id).toMatch(uuidPattern);
    expect(ids[0].slice(0, 13)).toBe(newId(now).slice(0, 13));
    expect(ids[0][14]).toBe('7');
  });

  it('gives them in ascending order, so a batch writes its rows at the right edge of each id index', async () => {
    const { newIds } = await import('./post-batch.ts');
    const ids = newIds(5000);
    expect(ids).toEqual([...ids].sort());
    expect(ids.some((id, i) => i > 0 && id === ids[i - 1])).toBe(false);
  });
});
