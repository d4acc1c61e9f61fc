import type { Kysely, Migration } from 'kysely';
import { types } from '../../../platform/db/schema.ts';

/**
 * A rule's dimension values (a JSON array of ledger dimension value ids, at most one per dimension):
 * the entry a rule posts carries them on the line of the rule's account. NULL: no dimension.
 */
export const bankRuleDimensionsMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
  async up(db: Kysely<any>) {
    await db.schema.alterTable('bank_rule').addColumn('dimensions', types(db).json).execute();
  },
};
