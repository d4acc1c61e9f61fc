import type Sqlite from 'better-sqlite3';

/**
 * Kysely's SQLite driver prepares every statement anew; preparing cost about a fifth of the CPU of an
 * authenticated request. This wraps the handle so `prepare` reuses one compiled statement per SQL text
 * (a bounded map, oldest dropped first). A statement still busy with an unfinished iteration is not
 * shared: the caller gets a fresh one.
 */
export function withStatementCache(db: Sqlite.Database, max = 500): Sqlite.Database {
  const cache = new Map<string, Sqlite.Statement>();
  const prepare = (source: string) => {
    const hit = cache.get(source);
    if (hit && !hit.busy) return hit;
    const stmt = db.prepare(source);
    if (!hit) {
      if (cache.size >= max) cache.delete(cache.keys().next().value as string);
      cache.set(source, stmt);
    }
    return stmt;
  };
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop === 'prepare') return prepare;
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
