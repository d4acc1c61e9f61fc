import { randomUUID } from 'node:crypto';
import type { CompiledQuery } from 'kysely';
import type { CompanyDb } from '../../platform/db/company-scope.ts';

/**
 * Many rows into one table, `perStatement` to an INSERT, the INSERT built and compiled once (through
 * the company-scoped handle, so the data layer still fills `company_id`) and run again with each
 * chunk's values. Building and compiling a 1,000-row INSERT through the query builder cost more than
 * SQLite's own work on it; the SQL text stays the same, so the driver reuses its prepared statement.
 */
export async function insertMany<R extends Record<string, unknown>>(
  db: CompanyDb,
  table: string,
  columns: (keyof R & string)[],
  rows: R[],
  perStatement: number,
) {
  let plan: { size: number; compiled: CompiledQuery; slots: ({ row: number; col: number } | undefined)[] } | undefined;
  for (let start = 0; start < rows.length; start += perStatement) {
    const size = Math.min(perStatement, rows.length - start);
    if (!plan || plan.size !== size) plan = { size, ...compile(db, table, columns, size) };
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
