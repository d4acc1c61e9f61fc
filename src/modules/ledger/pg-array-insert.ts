import { type Compilable, CompiledQuery, InsertQueryNode } from 'kysely';
import { type CompanyDb, companyIdOf } from '../../platform/db/company-scope.ts';

/**
 * Rows per statement on PostgreSQL, every table alike, `ledger_line` included: a whole call (an import
 * batch's 15,000 lines) goes in one statement. Lines used to go per 1,000 because the line guard of
 * migration 009 joined the statement's new rows to `ledger_entry` with a plan PL/pgSQL made once per
 * connection (a hash join scanning all of `ledger_entry` per statement, or a nested loop of every new
 * line against every posted entry: 20 s for 15,000 lines). Since migration 013 the guard is one
 * `ledger_entry_pkey` probe per new line whatever the plan's age, so a statement's size no longer
 * matters to it. Measured (`npm run bench:ledger -- --entries 100000 --dialect postgres --skip-http`,
 * ingest entries/s, 2 shared cores, load 2.5–5.5): one statement per call 1,911 / 2,549 / 2,500 /
 * 2,236, lines per 1,000 with the same guard 1,997 / 2,203 / 2,108 (before 013: 1,847 / 1,506 /
 * 1,829). One statement per call is kept.
 */
export const PG_MAX_ROWS = 50_000;

const MARK = '\u0000kawalis-column:';

interface Template {
  /** `insert into t (…) select … from unnest($1::text[], …) as u(…) [on conflict …]` */
  sql: string;
  /** Per parameter: the index of the column whose values it carries as an array, or -1 (a fixed value). */
  columnOf: Int32Array;
  /** The fixed values (the company id the scope plugin filled in), at their parameter positions. */
  fixed: readonly unknown[];
  /** Rows per statement. */
  rowsPer: number;
}

/**
 * PostgreSQL: the rows of a `BulkInsert` as one statement per call (up to `PG_MAX_ROWS`), each
 * column sent as an array parameter and unnested on the server (`insert into t (…) select … from
 * unnest($1::text[], …)`), instead of a multi-row VALUES statement per 50 or 100 rows with a parameter
 * per cell. A 5,000-entry import batch sent about 400 statements with up to 1,400 parameters each; the
 * server parsed, planned and bound every one, and ran the line guard (then one scan of `ledger_entry`)
 * for each 100 lines. Now it sends about 4.
 *
 * The statement is derived from the one-row INSERT built by `build` through the company-scoped
 * handle: its columns (with the `company_id` the scope plugin appends), its ON CONFLICT clause, and
 * the plugin's `company_id` value, which stays a single fixed parameter; only the VALUES list is
 * replaced by the unnest. Each array is cast to the column's own type (read once from the catalog),
 * so every value is parsed by the same input function as when it was a parameter of its own.
 */
export class PgArrayInsert {
  private readonly templates = new Map<string, Template>();

  constructor(
    private readonly columns: readonly string[],
    private readonly build: (db: CompanyDb, values: Record<string, unknown>[]) => Compilable,
  ) {}

  async run(db: CompanyDb, rows: readonly unknown[][]): Promise<void> {
    if (rows.length === 0) return;
    const t = await this.template(db);
    const width = this.columns.length;
    for (let start = 0; start < rows.length; start += t.rowsPer) {
      const part = rows.length <= t.rowsPer ? rows : rows.slice(start, start + t.rowsPer);
      const arrays: unknown[][] = Array.from({ length: width }, () => new Array(part.length));
      for (let r = 0; r < part.length; r++) {
        const row = part[r];
        for (let c = 0; c < width; c++) arrays[c][r] = row[c];
      }
      const params = t.fixed.slice();
      for (let p = 0; p < t.columnOf.length; p++) {
        const c = t.columnOf[p];
        if (c >= 0) params[p] = arrays[c];
      }
      await db.executeQuery(CompiledQuery.raw(t.sql, params));
    }
  }

  private async template(db: CompanyDb): Promise<Template> {
    const key = companyIdOf(db);
    const hit = this.templates.get(key);
    if (hit) return hit;
    const one = this.build(db, [Object.fromEntries(this.columns.map((c, k) => [c, `${MARK}${k}`]))]).compile();
    const node = one.query;
    if (!InsertQueryNode.is(node) || !node.into || !node.columns) throw new Error('pg array insert: not an INSERT with a column list');
    const table = node.into.table.identifier.name;
    const names = node.columns.map((c) => c.column.name);
    const n = one.parameters.length;
    // Kysely numbers parameters in order; the one-row VALUES list must be exactly $1 … $n, one per column.
    const values = `values (${Array.from({ length: n }, (_, i) => `$${i + 1}`).join(', ')})`;
    const at = one.sql.indexOf(values);
    if (names.length !== n || at < 0 || one.sql.indexOf(values, at + 1) >= 0) {
      throw new Error(`pg array insert: unexpected statement shape: ${one.sql}`);
    }
    const types = await columnTypes(db, table);
    const columnOf = new Int32Array(n).fill(-1);
    const fixed: unknown[] = new Array(n).fill(null);
    const select: string[] = [];
    const arrays: string[] = [];
    const aliases: string[] = [];
    const seen = new Set<number>();
    one.parameters.forEach((p, i) => {
      const type = types.get(names[i]);
      if (!type) throw new Error(`pg array insert: no type for ${table}.${names[i]}`);
      if (typeof p === 'string' && p.startsWith(MARK)) {
        const c = Number(p.slice(MARK.length));
        seen.add(c);
        columnOf[i] = c;
        arrays.push(`$${i + 1}::${type}[]`);
        aliases.push(`c${i + 1}`);
        select.push(`u.c${i + 1}`);
      } else {
        fixed[i] = p;
        select.push(`$${i + 1}::${type}`);
      }
    });
    if (seen.size !== this.columns.length) throw new Error(`pg array insert: ${seen.size} of ${this.columns.length} columns became parameters`);
    const sql = `${one.sql.slice(0, at)}select ${select.join(', ')} from unnest(${arrays.join(', ')}) as u(${aliases.join(', ')})${one.sql.slice(at + values.length)}`;
    const t = { sql, columnOf, fixed, rowsPer: PG_MAX_ROWS };
    if (this.templates.size >= 1000) this.templates.clear();
    this.templates.set(key, t);
    return t;
  }
}

/** Each column's type as PostgreSQL spells it (`text`, `bigint`, `date`, `timestamp with time zone`). */
async function columnTypes(db: CompanyDb, table: string): Promise<Map<string, string>> {
  const r = await db.executeQuery<{ name: string; type: string }>(
    CompiledQuery.raw(
      `select a.attname as name, format_type(a.atttypid, a.atttypmod) as type
       from pg_attribute a where a.attrelid = $1::regclass and a.attnum > 0 and not a.attisdropped`,
      [`"${table.replaceAll('"', '""')}"`],
    ),
  );
  return new Map(r.rows.map((x) => [x.name, x.type]));
}
