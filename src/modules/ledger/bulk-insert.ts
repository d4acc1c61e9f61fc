import { type Compilable, CompiledQuery } from 'kysely';
import { type CompanyDb, companyIdOf } from '../../platform/db/company-scope.ts';
import { isPostgres } from '../../platform/db/create-database.ts';
import { PgArrayInsert } from './pg-array-insert.ts';

// SQLite binds at most 32,766 parameters per statement; rows per INSERT stay well under that.
export const ROWS_PER_INSERT = 1000;

/**
 * Multi-row INSERTs compiled once and run many times. Building and compiling a 500-row INSERT
 * through Kysely (and the company-scope plugin) cost more than SQLite took to run it; a bulk
 * posting writes thousands of rows per transaction, so each statement shape is compiled once with
 * placeholder cells, and every chunk of `rowsPer` rows runs that compiled SQL with its own values.
 * The company scope still applies: the plugin fills `company_id` at compile time, and that value
 * stays in place (templates are kept per company and dialect); only the placeholder cells are replaced.
 * On PostgreSQL the same rows go as one statement per call with a parameter per column (an array,
 * unnested by the server): see `PgArrayInsert`.
 */
export class BulkInsert {
  private readonly templates = new Map<string, { sql: string; parameters: readonly unknown[]; cells: Int32Array }>();
  private readonly arrays: PgArrayInsert;

  /**
   * `build(db, values)` returns the INSERT (with any ON CONFLICT) for those row objects, built from
   * the company-scoped handle; `columns` is the order of each row array given to `run`.
   */
  constructor(
    private readonly columns: readonly string[],
    private readonly build: (db: CompanyDb, values: Record<string, unknown>[]) => Compilable,
    private readonly rowsPer = 100,
  ) {
    this.arrays = new PgArrayInsert(columns, build);
  }

  /** Insert the rows (each an array in `columns` order): full chunks share one compiled statement. */
  async run(db: CompanyDb, rows: readonly unknown[][]): Promise<void> {
    if (isPostgres(db)) return this.arrays.run(db, rows);
    for (let i = 0; i < rows.length; i += this.rowsPer) {
      const part = rows.slice(i, i + this.rowsPer);
      const t = this.template(db, part.length);
      const params = t.parameters.slice();
      const width = this.columns.length;
      for (let p = 0; p < t.cells.length; p++) {
        const cell = t.cells[p];
        if (cell >= 0) params[p] = part[Math.floor(cell / width)][cell % width];
      }
      await db.executeQuery(CompiledQuery.raw(t.sql, params));
    }
  }

  private template(db: CompanyDb, n: number) {
    const key = `${isPostgres(db) ? 'pg' : 'sqlite'}|${companyIdOf(db)}|${n}`;
    const hit = this.templates.get(key);
    if (hit) return hit;
    // Each cell gets a unique marker; after compiling, the marker's parameter slot is that cell's.
    const marker = (row: number, col: number) => `\u0000kawalis-cell:${row * this.columns.length + col}`;
    const values = Array.from({ length: n }, (_, r) => Object.fromEntries(this.columns.map((c, k) => [c, marker(r, k)])));
    const compiled = this.build(db, values).compile();
    const cells = new Int32Array(compiled.parameters.length).fill(-1);
    let found = 0;
    compiled.parameters.forEach((p, i) => {
      if (typeof p === 'string' && p.startsWith('\u0000kawalis-cell:')) {
        cells[i] = Number(p.slice('\u0000kawalis-cell:'.length));
        found++;
      }
    });
    if (found !== n * this.columns.length) throw new Error(`bulk insert: ${found} of ${n * this.columns.length} cells became parameters`);
    const t = { sql: compiled.sql, parameters: compiled.parameters, cells };
    if (this.templates.size >= 1000) this.templates.clear();
    this.templates.set(key, t);
    return t;
  }
}
