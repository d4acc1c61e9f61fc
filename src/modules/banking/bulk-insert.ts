import { randomUUID } from 'node:crypto';
import type { CompiledQuery } from 'kysely';
import type { CompanyDb } from '../../platform/db/company-scope.ts';

/**
 * A compiled INSERT of `size` rows and, for each of its parameters, which row and column of the chunk
 * it is (`row` −1: a value the query builder put there itself, such as `company_id`, kept as compiled).
 */
export type InsertPlan = { compiled: CompiledQuery; row: Int32Array; col: Int32Array; at: Int32Array };

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
  const values = rows.map((r) => columns.map((c) => r[c]));
  await insertValues(db, table, columns, values, perStatement, plans);
}

/** As `insertMany`, each row given as its values in the order of `columns` (no object per row to read by name). */
export async function insertValues(
  db: CompanyDb,
  table: string,
  columns: string[],
  rows: readonly (readonly unknown[])[],
  perStatement: number,
  plans: Map<number, InsertPlan> = new Map(),
) {
  for (let start = 0; start < rows.length; start += perStatement) {
    const size = Math.min(perStatement, rows.length - start);
    const plan = plans.get(size) ?? compile(db, table, columns, size);
    plans.set(size, plan);
    const { compiled, row, col } = plan;
    const parameters = compiled.parameters.slice();
    for (let k = 0; k < parameters.length; k++) if (row[k] >= 0) parameters[k] = rows[start + row[k]][col[k]];
    await db.executeQuery({ ...compiled, parameters });
  }
}

/**
 * As `insertValues`, without an array per row: `fill(i, into)` writes row i's values into `into` (one
 * array reused for every row) in the order of `columns`, and they go straight to their parameters.
 */
export async function insertFilled(
  db: CompanyDb,
  table: string,
  columns: string[],
  count: number,
  fill: (i: number, into: unknown[]) => void,
  perStatement: number,
  plans: Map<number, InsertPlan> = new Map(),
) {
  const width = columns.length;
  const into = new Array<unknown>(width);
  for (let start = 0; start < count; start += perStatement) {
    const size = Math.min(perStatement, count - start);
    const plan = plans.get(size) ?? compile(db, table, columns, size);
    plans.set(size, plan);
    const { compiled, at } = plan;
    const parameters = compiled.parameters.slice();
    for (let r = 0, k = 0; r < size; r++) {
      fill(start + r, into);
      for (let c = 0; c < width; c++, k++) parameters[at[k]] = into[c];
    }
    await db.executeQuery({ ...compiled, parameters });
  }
}

/** The INSERT for `size` rows with a marker in each value, and which row and column each parameter is. */
function compile(db: CompanyDb, table: string, columns: string[], size: number): InsertPlan {
  const tag = `insert-many:${randomUUID()}:`;
  const marker = (row: number, col: number) => `${tag}${row}:${col}`;
  const values = Array.from({ length: size }, (_, row) => Object.fromEntries(columns.map((c, col) => [c, marker(row, col)])));
  const compiled = db
    .insertInto(table as never)
    .values(values as never)
    .compile();
  const row = new Int32Array(compiled.parameters.length).fill(-1);
  const col = new Int32Array(compiled.parameters.length);
  // the parameter of row r, column c at at[r * columns + c] (each marker appears once: checked below)
  const at = new Int32Array(size * columns.length).fill(-1);
  let found = 0;
  compiled.parameters.forEach((p, k) => {
    const m = typeof p === 'string' && p.startsWith(tag) ? /(\d+):(\d+)$/.exec(p) : null;
    if (!m) return;
    row[k] = Number(m[1]);
    col[k] = Number(m[2]);
    at[row[k] * columns.length + col[k]] = k;
    found++;
  });
  if (found !== size * columns.length || at.includes(-1)) throw new Error(`insertMany: ${table}'s INSERT did not keep its values as parameters`);
  return { compiled, row, col, at };
}
