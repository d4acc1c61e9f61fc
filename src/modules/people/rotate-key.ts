import { sql } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { keyIdOf } from '../../platform/crypto/secret-box.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import type { PeopleCall } from './people-db.ts';
import { typed } from './people-db.ts';
import { fieldContext, SENSITIVE_FIELDS } from './sensitive-fields.ts';

/** Every encrypted People column with the context its values are bound to. */
const TARGETS = [
  { table: 'people_employee', columns: Object.values(SENSITIVE_FIELDS).map((c) => ({ column: c, context: (id: string) => fieldContext(c, id) })) },
  { table: 'people_compensation', columns: [{ column: 'amount_enc', context: (id: string) => fieldContext('people_compensation.amount', id) }] },
  { table: 'people_change_request', columns: [{ column: 'sensitive_enc', context: (id: string) => `people.change_request.sensitive:${id}` }] },
] as const;

export interface RotationProgress {
  /** Rows holding at least one value under another key when the run started. */
  total: number;
  done: number;
  table: string;
}

/** Rows of `table` with a value not under `keyId`, after `afterId`, in id order. */
function stale(db: CompanyDb, target: (typeof TARGETS)[number], keyId: string) {
  const prefix = `v1.${keyId}.%`;
  return (
    typed(db)
      // biome-ignore lint/suspicious/noExplicitAny: one query over three tables
      .selectFrom(target.table as any)
      .where((eb) => eb.or(target.columns.map(({ column }) => eb.and([eb(sql.ref(column), 'is not', null), eb(sql.ref(column), 'not like', prefix)]))))
  );
}

/**
 * Re-encrypts every sensitive People value of the company under the current key id (values under a
 * previous key decrypt through KAWALIS_PREVIOUS_SECRET_KEYS). Batches commit one by one, each
 * rewriting only values not yet under the current key, so an interrupted run resumes where it
 * stopped when started again. One audit event records what this run rewrote.
 */
export async function rotatePeopleKey(
  db: CompanyDb,
  call: PeopleCall,
  opts: { batchSize?: number; onProgress?: (p: RotationProgress) => void } = {},
): Promise<{ rows: number; values: number; keyId: string; fromKeyIds: string[] }> {
  const keyId = call.secrets.keyId;
  const batchSize = opts.batchSize ?? 500;
  let total = 0;
  for (const target of TARGETS) {
    const n = await stale(db, target, keyId)
      .select((eb) => eb.fn.countAll<bigint | number | string>().as('n'))
      .executeTakeFirstOrThrow();
    total += Number(n.n);
  }
  let rows = 0;
  let values = 0;
  const from = new Set<string>();
  opts.onProgress?.({ total, done: 0, table: '' });
  for (const target of TARGETS) {
    let afterId = '';
    for (;;) {
      const batch = (await stale(db, target, keyId).selectAll().where('id', '>', afterId).orderBy('id').limit(batchSize).execute()) as unknown as Record<
        string,
        string | null
      >[];
      if (batch.length === 0) break;
      await inTransaction(db, async (trx) => {
        for (const row of batch) {
          const id = row.id as string;
          const set: Record<string, string> = {};
          for (const { column, context } of target.columns) {
            const stored = row[column];
            if (!stored || keyIdOf(stored) === keyId) continue;
            from.add(keyIdOf(stored) ?? '?');
            set[column] = call.secrets.encrypt(call.secrets.decrypt(stored, context(id)), context(id));
            values++;
          }
          if (Object.keys(set).length === 0) continue;
          await typed(trx)
            .updateTable(target.table as 'people_employee')
            .set(set as never)
            .where('id', '=', id)
            .execute();
          rows++;
        }
      });
      afterId = batch.at(-1)?.id as string;
      opts.onProgress?.({ total, done: rows, table: target.table });
    }
  }
  await recordAudit(db, call.clock, call.actor, {
    action: 'people.key_rotated',
    summary: { rows, values, keyId, fromKeyIds: [...from].sort() },
  });
  return { rows, values, keyId, fromKeyIds: [...from].sort() };
}
