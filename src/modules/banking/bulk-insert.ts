import { randomUUID } from 'node:crypto';
import type { CompiledQuery } from 'kysely';
import type { CompanyDb } from '../../platform/db/company-scope.ts';

/** A compiled INSERT of `size` rows and which row and column each of its parameters is. */
export type InsertPlan = { compiled: CompiledQuery; slots: ({ row: number; col: number } | undefined)[] };

/**
 * Many rows into one table, `perStatement` to an INSERT, the INSERT built and compiled once (through
 * the company-scoped handle, so the data layer still fills `company_id`) and run again with each
 * chunk's values. Building and compiling a 1,000-row INSERT through the query builder cost more than
 * SQLite's own work on it; the SQL text stays the same, so the driver reuses its prepared statement.
 * A caller writing the same table in several calls (same company, same columns) passes one `plans`
 * map to all of them, so each size is compiled once.
 */
export async function insertMany<R extends Record<string, unknown>>(
  db: CompanyDb,
  table: string,
  columns: (keyof R & string)[],
  rows: R[],
  perStatement: number,
  plans: Map<number, InsertPlan> = new Map(),
) {
  for (let start = 0; start < rows.length; start += perStatement) {
    const size = Math.min(perStatement, rows.length - start);
    const plan = plans.get(size) ?? compile(db, table, columns, size);
    plans.set(size, plan);
    const { compiled, slots } = plan;
    const parameters = compiled.parameters.map((p, k) => {
      const s = slots[k];
      return s ? rows[start + s.row][columns[s.col]] : p;
    });
    await db.executeQuery({ ...compiled, parameters });
  }
}

/** The INSERT for `size` rows with a marker in each value, and which row and column each parameter is. */
function compile(db: CompanyDb, table: string, columns: string[], size: number) {
  const tag = `insert-many:${randomUUID()}:`;
  const marker = (row: number, col: number) => `${tag}${row}:${col}`;
  const values = Array.from({ length: size }, (_, row) => Object.fromEntries(columns.map((c, col) => [c, marker(row, col)])));
  const compiled = db
    .insertInto(table as never)
    .values(values as never)
    .compile();
  const slots = compiled.parameters.map((p) => {
    const m = typeof p === 'string' && p.startsWith(tag) ? /(\d+):(\d+)$/.exec(p) : null;
    return m ? { row: Number(m[1]), col: Number(m[2]) } : undefined;
  });
  if (slots.filter(Boolean).length !== size * columns.length) throw new Error(`insertMany: ${table}'s INSERT did not keep its values as parameters`);
  return { compiled, slots };
}
