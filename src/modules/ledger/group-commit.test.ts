import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { verifyAuditChain } from '../../platform/audit/verify-audit-chain.ts';
import { cliActor } from '../../platform/auth/actor.ts';
import { scopeToCompany } from '../../platform/db/company-scope.ts';
import { createDatabase } from '../../platform/db/create-database.ts';
import { loadEntryView } from './entry-view.ts';
import { GroupCommitter } from './group-commit.ts';
import { countRows, type LedgerFixture, ledgerFixture } from './ledger.fixture.ts';
import { typed } from './ledger-db.ts';
import { setLockDate } from './set-lock-date.ts';
import { verifyLedger } from './verify-ledger.ts';

const settle = <T>(p: Promise<T>) =>
  p.then(
    (value) => ({ ok: true as const, value }),
    (error) => ({ ok: false as const, error }),
  );

describe.each(DIALECTS)('group commit of post-new on %s', (dialect) => {
  let f: LedgerFixture;
  beforeAll(async () => {
    f = await ledgerFixture(dialect);
    await setLockDate(f.db, f.call, '2025-12-31');
  });
  afterAll(async () => f.close());

  const good = (i: number) =>
    f.entry(`2026-0${1 + (i % 3)}-1${i % 10}`, [
      ['5300', `${i + 1}.00`],
      ['1130', `-${i + 1}.00`],
    ]);

  async function invariants(expectedEntries: number) {
    const seqs = (await typed(f.db).selectFrom('ledger_entry').select('sequence_no').where('status', '=', 'posted').orderBy('sequence_no').execute()).map((r) =>
      Number(r.sequence_no),
    );
    expect(seqs).toEqual(Array.from({ length: expectedEntries }, (_, i) => i + 1));
    expect(await countRows(f.db, 'ledger_entry')).toBe(expectedEntries);
    expect((await verifyLedger(f.db)).failures).toEqual([]);
    expect((await verifyAuditChain(f.ctx.t.db)).ok).toBe(true);
    const posted = await f.ctx.t.db.selectFrom('audit_event').select('target_id').where('action', '=', 'ledger.entry.posted').execute();
    expect(posted).toHaveLength(expectedEntries);
  }

  it('answers each of many concurrent requests on its own, in one group: good ones posted once, bad ones refused alone', async () => {
    const committer = new GroupCommitter();
    const kinds = Array.from({ length: 30 }, (_, i) => ['good', 'good', 'unbalanced', 'good', 'invalid', 'locked'][i % 6]);
    const body = (kind: string, i: number) => {
      if (kind === 'unbalanced')
        return f.entry('2026-01-05', [
          ['5300', '10.00'],
          ['1130', '-9.00'],
        ]);
      if (kind === 'invalid') return { ...good(i), lines: [{ accountId: '01900000-0000-7000-8000-000000000000', debit: '1.00' }, ...good(i).lines.slice(1)] };
      if (kind === 'locked') return { ...good(i), date: '2025-06-01' };
      return good(i);
    };
    const requests = kinds.map((k, i) => settle(committer.submit(f.db, f.call, body(k, i))));
    // the same key twice in the group: the second is a replay; another key reused with another body: a mismatch
    requests.push(settle(committer.submit(f.db, f.call, good(100), { idempotencyKey: 'group-dup-1' })));
    requests.push(settle(committer.submit(f.db, f.call, good(100), { idempotencyKey: 'group-dup-1' })));
    requests.push(settle(committer.submit(f.db, f.call, good(101), { idempotencyKey: 'group-mis-1' })));
    requests.push(settle(committer.submit(f.db, f.call, good(102), { idempotencyKey: 'group-mis-1' })));
    const results = await Promise.all(requests);
    expect(committer.stats.groups).toBe(1);

    const expected = [
      ...kinds.map((k) => ({ good: 'ok', unbalanced: 'UNBALANCED', invalid: 'VALIDATION', locked: 'PERIOD_LOCKED' })[k]),
      'ok',
      'ok',
      'ok',
      'IDEMPOTENCY_MISMATCH',
    ];
    expect(results.map((r) => (r.ok ? 'ok' : (r.error as { code: string }).code))).toEqual(expected);
    const ok = results.flatMap((r) => (r.ok ? [r.value] : []));
    const [dup1, dup2] = ok.slice(-3);
    expect(dup1.replayed).toBe(false);
    expect(dup2).toMatchObject({ replayed: true, entry: { id: dup1.entry.id, number: dup1.entry.number } });
    const created = ok.filter((r) => !r.replayed);
    expect(new Set(created.map((r) => r.entry.id)).size).toBe(created.length);
    expect(created.every((r) => r.entry.status === 'posted' && r.entry.number)).toBe(true);
    // each answer (built in memory) is exactly what reading the entry back gives
    for (const r of ok) expect(r.entry).toEqual(await loadEntryView(f.db, r.entry.id, 'SAR'));
    await invariants(created.length);
  });

  it('a retried key across groups replays the first entry, or is a mismatch, and never posts twice', async () => {
    const committer = new GroupCommitter();
    const before = await countRows(f.db, 'ledger_entry');
    const first = await committer.submit(f.db, f.call, good(7), { idempotencyKey: 'across-key-1' });
    const [again, other, fresh] = await Promise.all([
      settle(committer.submit(f.db, f.call, good(7), { idempotencyKey: 'across-key-1' })),
      settle(committer.submit(f.db, f.call, good(8), { idempotencyKey: 'across-key-1' })),
      settle(committer.submit(f.db, f.call, good(9))),
    ]);
    expect(committer.stats.groups).toBe(2);
    expect(again).toMatchObject({ ok: true, value: { replayed: true, entry: { id: first.entry.id } } });
    expect(other).toMatchObject({ ok: false, error: { code: 'IDEMPOTENCY_MISMATCH' } });
    expect(fresh.ok).toBe(true);
    expect(await countRows(f.db, 'ledger_entry')).toBe(before + 2);
    await invariants(before + 2);
  });

  it('a refused request does not delay or undo the next group', async () => {
    const committer = new GroupCommitter(2);
    const before = await countRows(f.db, 'ledger_entry');
    const results = await Promise.all(
      [0, 1, 2, 3, 4].map((i) => settle(committer.submit(f.db, f.call, i === 1 ? { ...good(i), date: '2025-01-01' } : good(i)))),
    );
    expect(results.map((r) => r.ok)).toEqual([true, false, true, true, true]);
    expect(committer.stats.groups).toBe(3);
    await invariants(before + 4);
  });

  it.runIf(dialect === 'postgres')('several processes, each with its own committer, keep numbering gapless and chains intact', async () => {
    const before = await countRows(f.db, 'ledger_entry');
    const pools = Array.from({ length: 3 }, () => createDatabase(f.ctx.t.url, { poolSize: 4 }));
    try {
      const actor = cliActor(f.companyId, ['ledger.post']);
      const work = pools.flatMap((pool, p) => {
        const committer = new GroupCommitter();
        const db = scopeToCompany(pool.db, f.companyId);
        return Array.from({ length: 20 }, (_, i) =>
          committer.submit(db, { actor, clock: f.call.clock }, good((i % 10) + 10 * (p % 2)), { idempotencyKey: `multi-${i % 10}-${p % 2}` }),
        );
      });
      const results = await Promise.all(work);
      // 3 processes × 20 requests over 20 distinct keys (pools 0 and 2 share theirs): 20 entries
      expect(results.filter((r) => !r.replayed)).toHaveLength(20);
    } finally {
      await Promise.all(pools.map((p) => p.close()));
    }
    await invariants(before + 20);
  });
  // Last: it posts into other journals and years, which the gapless check of `invariants` does not expect.
  it('writes a group spanning two journals and two fiscal years: each flipped by its own chain range, numbered in request order', async () => {
    const committer = new GroupCommitter();
    const journals = ['SAL', 'PUR'];
    const bodies = Array.from({ length: 12 }, (_, i) => ({ ...good(i), journalId: f.journal(journals[i % 2]), date: i % 3 ? '2026-03-10' : '2027-02-10' }));
    const results = await Promise.all(bodies.map((b) => committer.submit(f.db, f.call, b)));
    expect(committer.stats.groups).toBe(1);
    expect(await countRows(f.db, 'ledger_entry')).toBeGreaterThanOrEqual(12);
    const rows = await typed(f.db)
      .selectFrom('ledger_entry')
      .select(['id', 'status', 'journal_id', 'fiscal_year', 'sequence_no', 'chain_seq'])
      .where(
        'id',
        'in',
        results.map((r) => r.entry.id),
      )
      .execute();
    expect(rows.every((r) => r.status === 'posted')).toBe(true);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const code of journals) {
      const mine = results.map((r) => byId.get(r.entry.id)).filter((r) => r?.journal_id === f.journal(code));
      expect(mine.map((r) => Number(r?.chain_seq))).toEqual(mine.map((_, k) => k + 1));
      for (const fy of [2026n, 2027n]) {
        const ofYear = mine.filter((r) => BigInt(r?.fiscal_year ?? 0) === fy);
        expect(ofYear.map((r) => Number(r?.sequence_no))).toEqual(ofYear.map((_, k) => k + 1));
      }
    }
    expect((await verifyLedger(f.db)).failures).toEqual([]);
    expect(await typed(f.db).selectFrom('ledger_entry').select('id').where('status', '=', 'draft').execute()).toEqual([]);
  });
});
