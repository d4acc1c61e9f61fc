import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { cliActor } from '../../platform/auth/actor.ts';
import { scopeToCompany } from '../../platform/db/company-scope.ts';
import { createDatabase } from '../../platform/db/create-database.ts';
import { countRows, type LedgerFixture, ledgerFixture } from './ledger.fixture.ts';
import { typed } from './ledger-db.ts';
import { postNewEntry } from './post-new-entry.ts';
import { verifyLedger } from './verify-ledger.ts';

describe.each(DIALECTS)('postNewEntry on %s', (dialect) => {
  let f: LedgerFixture;
  beforeAll(async () => {
    f = await ledgerFixture(dialect);
  });
  afterAll(async () => f.close());

  it('the same idempotency key and body return the first entry; another body is a mismatch; never a second entry', async () => {
    const body = f.entry(
      '2026-01-10',
      [
        ['5300', '10.00'],
        ['1130', '-10.00'],
      ],
      { memo: 'rent' },
    );
    const first = await postNewEntry(f.db, f.call, body, { idempotencyKey: 'key-000001' });
    expect(first.replayed).toBe(false);
    const again = await postNewEntry(f.db, f.call, { ...body, lines: body.lines.map((l) => ({ ...l })) }, { idempotencyKey: 'key-000001' });
    expect(again).toMatchObject({ replayed: true, entry: { id: first.entry.id, number: first.entry.number } });
    await expect(postNewEntry(f.db, f.call, { ...body, memo: 'other' }, { idempotencyKey: 'key-000001' })).rejects.toMatchObject({
      code: 'IDEMPOTENCY_MISMATCH',
    });
    expect(await countRows(f.db, 'ledger_entry')).toBe(1);
  });

  it('concurrent retries with one key create exactly one entry', async () => {
    const body = f.entry('2026-01-11', [
      ['5300', '7.00'],
      ['1130', '-7.00'],
    ]);
    const results = await Promise.all(Array.from({ length: 6 }, () => postNewEntry(f.db, f.call, body, { idempotencyKey: 'key-concurrent' })));
    expect(new Set(results.map((r) => r.entry.id)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    const n = await typed(f.db).selectFrom('ledger_entry').select('id').where('idempotency_key', '=', 'key-concurrent').execute();
    expect(n).toHaveLength(1);
  });

  it.runIf(dialect === 'postgres')('numbers stay gapless and the chain intact with several processes posting at once', async () => {
    const pools = Array.from({ length: 4 }, () => createDatabase(f.ctx.t.url, { poolSize: 4 }));
    try {
      const actor = cliActor(f.companyId, ['ledger.post']);
      const work = pools.flatMap((pool, p) =>
        Array.from({ length: 15 }, (_, i) =>
          postNewEntry(
            scopeToCompany(pool.db, f.companyId),
            { actor, clock: f.call.clock },
            f.entry(`2026-0${1 + (i % 3)}-1${p}`, [
              ['5300', `${i + 1}.00`],
              ['1130', `-${i + 1}.00`],
            ]),
          ),
        ),
      );
      await Promise.all(work);
    } finally {
      await Promise.all(pools.map((p) => p.close()));
    }
    const numbers = (await typed(f.db).selectFrom('ledger_entry').select('sequence_no').where('status', '=', 'posted').orderBy('sequence_no').execute()).map(
      (r) => Number(r.sequence_no),
    );
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
    expect(numbers.length).toBe(62);
    const report = await verifyLedger(f.db);
    expect(report.failures).toEqual([]);
  });
});
