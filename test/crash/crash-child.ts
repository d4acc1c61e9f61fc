/**
 * The crash test's victim: posts entries forever into the SQLite database in DATA_DIR and prints
 * `ack <key> <entry id>` for each one only after its transaction committed. Keys continue from
 * argv[2]; a key whose outcome the previous (killed) child never printed is posted again with the
 * same idempotency key, which must give back the first entry if it had committed. Keys come in
 * blocks of 26: the first is posted alone through postNewEntry, the other 25 as one postEntriesBatch;
 * what a key posts depends only on the key, so a retry sends exactly the same entry.
 */
import { loadConfig } from '../../src/config.ts';
import { allModules } from '../../src/modules.ts';
import { cliActor } from '../../src/platform/auth/actor.ts';
import { bootPlatform } from '../../src/platform/boot.ts';

const { postNewEntry, postEntriesBatch, minorUnits } = await import('../../src/modules/ledger/index.ts');
const { companyFacts, typed } = await import('../../src/modules/ledger/ledger-db.ts');
const { takenIdempotencyKeys } = await import('../../src/modules/ledger/post-batch.ts');

const p = await bootPlatform(loadConfig(process.env), { modules: allModules, migrate: false });
const companyId = (await p.db
  .selectFrom('company' as never)
  .select('id' as never)
  .executeTakeFirstOrThrow()) as { id: string };
const db = p.forCompany(companyId.id);
const call = {
  actor: cliActor(
    companyId.id,
    p.permissions.map((x) => x.key),
  ),
  clock: p.clock,
};
const company = await companyFacts(db, call.actor);
await minorUnits(db, ['SAR']);
const d = typed(db);
const accounts = await d.selectFrom('ledger_account').select(['id', 'code']).where('code', 'in', ['1130', '5300', '4100']).execute();
const acct = (code: string) => accounts.find((a) => a.code === code)?.id as string;
const journalId = (await d.selectFrom('ledger_journal').select('id').where('code', '=', 'GEN').executeTakeFirstOrThrow()).id;
const say = (key: string, id: string) => process.stdout.write(`ack ${key} ${id}\n`);

let n = Number(process.argv[2] ?? 0);
const BLOCK = 26;
for (;;) {
  const amount = (1 + (n % 97)).toString();
  if (n % BLOCK === 0) {
    const key = `crash-${n}`;
    const { entry } = await postNewEntry(
      db,
      call,
      {
        journalId,
        date: '2026-02-10',
        memo: key,
        lines: [
          { accountId: acct('5300'), debit: amount },
          { accountId: acct('1130'), credit: amount },
        ],
      },
      { idempotencyKey: key },
    );
    say(key, entry.id);
    n++;
    continue;
  }
  const keys = Array.from({ length: BLOCK - (n % BLOCK) }, (_, i) => `crash-${n + i}`);
  const taken = await takenIdempotencyKeys(db, keys);
  const todo = keys.filter((k) => !taken.has(k));
  const lines = (a: bigint) => [
    { accountId: acct('1130'), currency: 'SAR', amount: a, baseAmount: a, rate: '1', memo: null },
    { accountId: acct('4100'), currency: 'SAR', amount: -a, baseAmount: -a, rate: '1', memo: null },
  ];
  const r = await postEntriesBatch(
    db,
    call,
    company,
    todo.map((k) => ({ journalId, date: '2026-02-11', memo: k, reference: null, lines: lines(BigInt(k.slice(6))), idempotencyKey: k })),
    { action: 'ledger.entries.imported', targetType: 'ledger_import', targetId: 'crash-test' },
  );
  const ids = new Map(todo.map((k, i) => [k, r.ids[i]]));
  if (taken.size) {
    for (const row of await d
      .selectFrom('ledger_entry')
      .select(['id', 'idempotency_key'])
      .where('idempotency_key', 'in', [...taken])
      .execute()) {
      ids.set(row.idempotency_key as string, row.id);
    }
  }
  for (const k of keys) say(k, ids.get(k) as string);
  n += keys.length;
}
