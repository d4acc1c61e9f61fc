import { sql } from 'kysely';

/**
 * `status = 'draft'` with the status written as a literal, so SQLite's planner can use the partial
 * index `ledger_entry_drafts` (migration 012): a bound parameter does not prove the index's condition.
 */
export const isDraft = (column = 'status') => sql<boolean>`${sql.ref(column)} = 'draft'`;
