import { type Compilable, CompiledQuery } from 'kysely';
import { type CompanyDb, companyIdOf } from '../../platform/db/company-scope.ts';
import { isPostgres } from '../../platform/db/create-database.ts';

const MARK = '\u0000kawalis-slot:';

/**
 * A fixed-shape statement built and compiled through Kysely (and the company-scope plugin) once per
 * dialect and company, then run with new values only: the statements a group commit runs every group
 * (claims, chain head, flip) cost more to build than SQLite took to run them. `build(db, slot)` makes
 * the statement with `slot(name)` wherever a value goes; `run(db, values)` fills each slot by name.
 * The company filter the plugin adds stays a compiled parameter (templates are kept per company),
 * exactly as in `BulkInsert`; the compiled SQL must take every slot as a parameter, or this throws.
 */
export class CompiledOnce<K extends string> {
  private readonly templates = new Map<string, { sql: string; parameters: readonly unknown[]; slots: (K | null)[] }>();

  constructor(
    private readonly names: readonly K[],
    private readonly build: (db: CompanyDb, slot: (name: K) => string) => Compilable,
  ) {}

  /** The statement with these values in its slots, ready for `db.executeQuery`. */
  query(db: CompanyDb, values: Record<K, unknown>): CompiledQuery {
    const t = this.template(db);
    const parameters = t.parameters.slice();
    for (let i = 0; i < t.slots.length; i++) {
      const name = t.slots[i];
      if (name !== null) parameters[i] = values[name];
    }
    return CompiledQuery.raw(t.sql, parameters);
  }

  private template(db: CompanyDb) {
    const key = `${isPostgres(db) ? 'pg' : 'sqlite'}|${companyIdOf(db)}`;
    const hit = this.templates.get(key);
    if (hit) return hit;
    const compiled = this.build(db, (name) => `${MARK}${name}`).compile();
    const seen = new Set<string>();
    const slots = compiled.parameters.map((p) => {
      if (typeof p !== 'string' || !p.startsWith(MARK)) return null;
      const name = p.slice(MARK.length) as K;
      seen.add(name);
      return name;
    });
    if (this.names.some((n) => !seen.has(n))) throw new Error(`compiled once: a slot did not become a parameter in ${compiled.sql}`);
    const t = { sql: compiled.sql, parameters: compiled.parameters, slots };
    if (this.templates.size >= 1000) this.templates.clear();
    this.templates.set(key, t);
    return t;
  }
}

/** A statement without parameters (savepoints), compiled once. */
export const rawStatement = (text: string) => CompiledQuery.raw(text, []);

const ITEM = '\u0000kawalis-item:';

/**
 * `CompiledOnce` for a statement over a list (`where id in (…)`): one template per list length.
 * `build(db, items)` makes the statement for those items; `query(db, items)` fills a compiled one.
 */
export class CompiledIn {
  private readonly templates = new Map<string, { sql: string; parameters: readonly unknown[]; items: Int32Array }>();

  constructor(private readonly build: (db: CompanyDb, items: string[]) => Compilable) {}

  query(db: CompanyDb, items: readonly unknown[]): CompiledQuery {
    const t = this.template(db, items.length);
    const parameters = t.parameters.slice();
    for (let i = 0; i < t.items.length; i++) {
      const at = t.items[i];
      if (at >= 0) parameters[i] = items[at];
    }
    return CompiledQuery.raw(t.sql, parameters);
  }

  private template(db: CompanyDb, n: number) {
    const key = `${isPostgres(db) ? 'pg' : 'sqlite'}|${companyIdOf(db)}|${n}`;
    const hit = this.templates.get(key);
    if (hit) return hit;
    const compiled = this.build(
      db,
      Array.from({ length: n }, (_, i) => `${ITEM}${i}`),
    ).compile();
    const items = new Int32Array(compiled.parameters.length).fill(-1);
    let found = 0;
    compiled.parameters.forEach((p, i) => {
      if (typeof p === 'string' && p.startsWith(ITEM)) {
        items[i] = Number(p.slice(ITEM.length));
        found++;
      }
    });
    if (found !== n) throw new Error(`compiled once: ${found} of ${n} items became parameters in ${compiled.sql}`);
    const t = { sql: compiled.sql, parameters: compiled.parameters, items };
    if (this.templates.size >= 1000) this.templates.clear();
    this.templates.set(key, t);
    return t;
  }
}
