import { sql } from 'kysely';
import type { CompanyDb } from '../../../platform/db/company-scope.ts';
import { typed } from '../ledger-db.ts';

/** Drafts created before an instant, oldest first. */
export const draftsCreatedBefore = (db: CompanyDb, instant: string, limit = 500) =>
  typed(db)
    .selectFrom('ledger_entry')
    .select(['id', 'date', 'memo', 'created_at'])
    .where('status', '=', 'draft')
    .where('created_at', '<', instant)
    .orderBy('created_at')
    .limit(limit)
    .execute();

/** Posted entries dated in a range with no reference whose debits (in base currency) reach a threshold. */
export async function largeEntriesWithoutReference(db: CompanyDb, range: { from: string; to: string }, threshold: bigint, limit = 500) {
  // sum the lines by their own date first (every line is posted), then look up the few large entries
  const debits = sql<bigint>`cast(sum(case when base_amount > 0 then base_amount else 0 end) as bigint)`;
  const large = typed(db)
    .selectFrom('ledger_line')
    .where('entry_date', '>=', range.from)
    .where('entry_date', '<=', range.to)
    .select(['entry_id', debits.as('debits')])
    .groupBy('entry_id')
    .having(debits, '>=', threshold)
    .as('t');
  const rows = await typed(db)
    .selectFrom(large)
    .innerJoin('ledger_entry as e', 'e.id', 't.entry_id')
    .where((eb) => eb.or([eb('e.reference', 'is', null), eb('e.reference', '=', '')]))
    .select(['e.id', 'e.number', 'e.date', 't.debits'])
    .orderBy('e.date')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, number: r.number ?? '', date: r.date, debits: BigInt(r.debits) }));
}
