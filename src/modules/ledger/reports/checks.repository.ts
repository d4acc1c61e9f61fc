import { sql } from 'kysely';
import type { CompanyDb } from '../../../platform/db/company-scope.ts';
import { isDraft } from '../draft-filter.ts';
import { typed } from '../ledger-db.ts';

/**
 * Drafts created before an instant, by entry date (then creation). Read through the drafts' own index
 * (`ledger_entry_drafts`, in this order): the cost follows the number of drafts, not of entries.
 */
export const draftsCreatedBefore = (db: CompanyDb, instant: string, limit = 500) =>
  typed(db)
    .selectFrom('ledger_entry')
    .select(['id', 'date', 'memo', 'created_at'])
    .where(isDraft())
    .where('created_at', '<', instant)
    .orderBy('date')
    .orderBy('created_at')
    .limit(limit)
    .execute();

/** Posted entries dated in a range with no reference whose debits (in base currency) reach a threshold. */
export async function largeEntriesWithoutReference(db: CompanyDb, range: { from: string; to: string }, threshold: bigint, limit = 500) {
  // the entries of the range without a reference (list index), then their lines (the line key)
  const debits = sql<bigint>`cast(sum(case when l.base_amount > 0 then l.base_amount else 0 end) as bigint)`;
  const rows = await typed(db)
    .selectFrom('ledger_entry as e')
    .innerJoin('ledger_line as l', 'l.entry_id', 'e.id')
    .where('e.date', '>=', range.from)
    .where('e.date', '<=', range.to)
    .where('e.status', '=', 'posted')
    .where((eb) => eb.or([eb('e.reference', 'is', null), eb('e.reference', '=', '')]))
    .select(['e.id', 'e.number', 'e.date', debits.as('debits')])
    .groupBy(['e.id', 'e.number', 'e.date'])
    .having(debits, '>=', threshold)
    .orderBy('e.date')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, number: r.number ?? '', date: r.date, debits: BigInt(r.debits) }));
}
