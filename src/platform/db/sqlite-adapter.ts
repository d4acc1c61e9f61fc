import { SqliteAdapter, SqliteDialect } from 'kysely';

/**
 * SQLite does support transactional DDL; Kysely's adapter says it does not, which would let a failed
 * migration leave half a schema behind. This adapter tells the truth.
 */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

export class KawalisSqliteDialect extends SqliteDialect {
  override createAdapter() {
    return new TransactionalSqliteAdapter();
  }
}
