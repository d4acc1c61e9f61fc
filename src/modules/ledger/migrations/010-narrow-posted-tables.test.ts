import type { Kysely } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../../../test/app-fixture.ts';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../../test/dialects.ts';
import { allModules } from '../../../modules.ts';
import { cliActor } from '../../../platform/auth/actor.ts';
import { ManualClock } from '../../../platform/clock.ts';
import { createCompany } from '../../../platform/companies/index.ts';
import { createSecretBox } from '../../../platform/crypto/secret-box.ts';
import type { CompanyDb } from '../../../platform/db/company-scope.ts';
import { migrateAll } from '../../../platform/db/migrator.ts';
import { buildPlatform } from '../../../platform/platform.ts';
import { createDraft } from '../create-draft.ts';
import { installDefaultChart } from '../install-default-chart.ts';
import { companyFacts, type LedgerCall, typed } from '../ledger-db.ts';
import { postEntriesBatch } from '../post-batch.ts';
import { postNewEntry } from '../post-new-entry.ts';
import { reverseEntry } from '../reverse-entry.ts';
import { verifyLedger } from '../verify-ledger.ts';

let unscoped: () => Kysely<any>;

const TABLES = ['ledger_entry', 'ledger_line', 'ledger_draft_line', 'ledger_balance', 'ledger_balance_day', 'ledger_year_end'] as const;

/** Every row of the posting tables, in id order, as plain JSON (bigints as text). */
async function snapshot(db: CompanyDb) {
  const out: Record<string, unknown> = {};
  for (const table of TABLES) {
    const rows = await typed(db).selectFrom(table).selectAll().orderBy('id').execute();
    out[table] = JSON.parse(JSON.stringify(rows, (_k, v) => (typeof v === 'bigint' ? v.toString() : v instanceof Date ? v.toISOString() : v)));
  }
  return out;
}

describe.each(DIALECTS)('migration 010 on an existing %s database', (dialect) => {
  let t: TestDatabase;
  let db: CompanyDb;
  let call: LedgerCall;
  let accounts: Map<string, string>;
  let journal: string;
  let before: Record<string, unknown>;
  const ids: string[] = [];

  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    unscoped = () => t.db as never;
    const upTo009 = allModules.map((m) =>
      m.name === 'ledger' ? { ...m, migrations: Object.fromEntries(Object.entries(m.migrations).filter(([k]) => k < '010')) } : m,
    );
    await migrateAll(t.db, upTo009);
    const clock = new ManualClock(new Date('2026-03-01T08:00:00Z'));
    const config = testConfig({ DATABASE_URL: t.url });
    const p = buildPlatform({
      config,
      database: t,
      db: t.db,
      clock,
      logger: pino({ level: 'silent' }),
      modules: allModules,
      secrets: createSecretBox(config.secretKey),
    });
    const company = await createCompany(p, p.db, null, {
      name: 'Old Co',
      baseCurrency: 'SAR',
      language: 'en',
      timeZone: 'Asia/Riyadh',
      workWeek: [0, 1, 2, 3, 4],
      fiscalYearStartMonth: 1,
    });
    db = p.forCompany(company.id);
    call = {
      actor: cliActor(
        company.id,
        p.permissions.map((x) => x.key),
      ),
      clock,
    };
    await installDefaultChart(db, call);
    accounts = new Map((await typed(db).selectFrom('ledger_account').select(['id', 'code']).execute()).map((a) => [a.code, a.id]));
    journal = (await typed(db).selectFrom('ledger_journal').select('id').where('code', '=', 'GEN').executeTakeFirstOrThrow()).id;
    const entry = (date: string, debit: string, credit: string, amount: string) => ({
      journalId: journal,
      date,
      lines: [
        { accountId: accounts.get(debit) as string, debit: amount },
        { accountId: accounts.get(credit) as string, credit: amount },
      ],
    });
    for (const [i, date] of ['2026-01-05', '2026-01-20', '2026-02-03'].entries()) {
      ids.push((await postNewEntry(db, call, entry(date, '5300', '1130', `${i + 1}0.00`), { idempotencyKey: `k${i}` })).entry.id);
    }
    ids.push((await reverseEntry(db, call, ids[0], { date: '2026-02-10' })).id);
    await createDraft(db, call, entry('2026-02-11', '5300', '1130', '7.00'));
    const amount = 1234n;
    const lines = (a: string, b: string) => [
      { accountId: accounts.get(a) as string, currency: 'SAR', amount, baseAmount: amount, rate: '1', memo: null },
      { accountId: accounts.get(b) as string, currency: 'SAR', amount: -amount, baseAmount: -amount, rate: '1', memo: null },
    ];
    await postEntriesBatch(
      db,
      call,
      await companyFacts(db, call.actor),
      ['2026-02-12', '2026-02-13'].map((date, i) => ({
        journalId: journal,
        date,
        memo: `b${i}`,
        reference: null,
        lines: lines('5300', '1130'),
        idempotencyKey: `b${i}`,
      })),
      { action: 'ledger.entries.imported', targetType: 'ledger_import', targetId: 'i1' },
    );
    expect((await verifyLedger(db)).ok).toBe(true);
    before = await snapshot(db);
    await migrateAll(t.db, allModules);
  });
  afterAll(async () => t.destroy());

  it('keeps every entry, line, draft line and kept balance, and the ledger still verifies', async () => {
    expect(await snapshot(db)).toEqual(before);
    expect((before.ledger_entry as unknown[]).length).toBe(7);
    expect((before.ledger_line as unknown[]).length).toBe(12);
    expect((before.ledger_draft_line as unknown[]).length).toBe(2);
    const report = await verifyLedger(db);
    expect(report).toMatchObject({ ok: true, failures: [] });
  });

  it('still refuses to change a posted entry or line, or to add a line to a posted entry', async () => {
    const raw = typed(db);
    await expect(raw.updateTable('ledger_entry').set({ memo: 'changed' }).where('id', '=', ids[1]).execute()).rejects.toThrow(/immutable/);
    await expect(raw.deleteFrom('ledger_entry').where('id', '=', ids[1]).execute()).rejects.toThrow(/immutable/);
    await expect(raw.updateTable('ledger_line').set({ amount: 1n }).where('entry_id', '=', ids[1]).execute()).rejects.toThrow(/append-only/);
    await expect(raw.deleteFrom('ledger_line').where('entry_id', '=', ids[1]).execute()).rejects.toThrow(/append-only/);
    const line = await raw.selectFrom('ledger_line').selectAll().where('entry_id', '=', ids[1]).executeTakeFirstOrThrow();
    await expect(
      unscoped()
        .insertInto('ledger_line')
        .values({ ...line, id: '01a00000-0000-7000-8000-0000000000ff', line_no: 9n })
        .execute(),
    ).rejects.toThrow(/posted/);
    // the chain and idempotency keys stay: a replay answers with the same entry, posting goes on
    const replay = await postNewEntry(
      db,
      call,
      {
        journalId: journal,
        date: '2026-01-05',
        lines: [
          { accountId: accounts.get('5300') as string, debit: '10.00' },
          { accountId: accounts.get('1130') as string, credit: '10.00' },
        ],
      },
      { idempotencyKey: 'k0' },
    );
    expect(replay).toMatchObject({ replayed: true, entry: { id: ids[0] } });
    const next = await postNewEntry(db, call, {
      journalId: journal,
      date: '2026-02-20',
      lines: [
        { accountId: accounts.get('5300') as string, debit: '5.00' },
        { accountId: accounts.get('1130') as string, credit: '5.00' },
      ],
    });
    expect(next.entry.number).toBe('GEN/2026/000007');
    expect((await verifyLedger(db)).ok).toBe(true);
  });

  it('a draft line still needs its entry (foreign keys hold after the rebuild)', async () => {
    const line = await typed(db).selectFrom('ledger_draft_line').selectAll().executeTakeFirstOrThrow();
    await expect(
      unscoped()
        .insertInto('ledger_draft_line')
        .values({ ...line, id: '01a00000-0000-7000-8000-0000000000fe', entry_id: 'no-such-entry', line_no: 5n })
        .execute(),
    ).rejects.toThrow(/foreign key/i);
  });
});
