import currencyCodes from 'currency-codes';
import type { Kysely, Migration } from 'kysely';
import { types } from '../../../platform/db/schema.ts';

/**
 * ISO 4217 copied into the database from `currency-codes`, so minor units are data the ledger reads
 * in the same query as everything else, and a later ISO amendment is one more migration.
 */
export const currenciesMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
  async up(db: Kysely<any>) {
    const t = types(db);
    await db.schema
      .createTable('currency')
      .addColumn('code', t.text, (c) => c.primaryKey())
      .addColumn('numeric_code', t.text, (c) => c.notNull())
      .addColumn('minor_units', t.int, (c) => c.notNull())
      .addColumn('name', t.text, (c) => c.notNull())
      .execute();
    const rows = currencyCodes.data.map((c) => ({
      code: c.code,
      numeric_code: c.number,
      minor_units: BigInt(c.digits),
      name: c.currency,
    }));
    await db.insertInto('currency').values(rows).execute();
  },
};
