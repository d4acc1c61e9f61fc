import type Sqlite from 'better-sqlite3';

/**
 * Test helper for query-plan tests (SQLite): record every SQL text a piece of code prepares, then name
 * each statement that reads a growing table whole (`SCAN t`) or through an index by company alone
 * (`SEARCH t USING INDEX … (company_id=?)`: every row of the company). SQLite's plans do not depend on
 * the amount of data here (no ANALYZE statistics), so a small database shows a large one's plans.
 */
export interface PlanRecorder {
  /** The SQL texts prepared since `recordPreparedSql` (the statement cache prepares each text once). */
  seen: Set<string>;
  restore(): void;
}

/** `recordPreparedSql` on a platform's SQLite handle (the plan tests run on SQLite only). */
export function recordPlatformSql(p: { database: { sqlite?: Sqlite.Database } }): PlanRecorder & { raw: Sqlite.Database } {
  const raw = p.database.sqlite;
  if (!raw) throw new Error('query-plan tests need the SQLite handle');
  return { raw, ...recordPreparedSql(raw) };
}

export function recordPreparedSql(raw: Sqlite.Database): PlanRecorder {
  const seen = new Set<string>();
  const prepare = raw.prepare.bind(raw);
  (raw as { prepare: (s: string) => Sqlite.Statement }).prepare = (source: string) => {
    seen.add(source);
    return prepare(source);
  };
  return {
    seen,
    restore: () => {
      delete (raw as { prepare?: unknown }).prepare;
    },
  };
}

/** One plan row of one statement: the table it reads (aliases resolved), how, and the statement. */
export interface PlanRead {
  table: string;
  whole: boolean;
  byCompanyAlone: boolean;
  /** The plan row, e.g. `SEARCH l USING INDEX ledger_line_account (account_id=? AND …)`. */
  row: string;
  source: string;
}

/**
 * The reads of `growing` tables that are whole or by company alone, minus those `allowed` says are
 * bounded anyway (each exception carries its reason at the call site). Returns printable lines.
 */
export function unboundedReads(
  raw: Sqlite.Database,
  seen: Iterable<string>,
  growing: ReadonlySet<string>,
  allowed: (read: PlanRead) => boolean = () => false,
): string[] {
  const offending: string[] = [];
  for (const source of seen) {
    if (!/^\s*(select|update|delete|with|insert\b[\s\S]*\bselect\b)/i.test(source)) continue;
    const aliases = tableAliases(source);
    for (const row of planOf(raw, source)) {
      const m = /^(SCAN|SEARCH) (\S+)(.*)$/.exec(row);
      if (!m) continue;
      const read: PlanRead = {
        table: aliases.get(m[2]) ?? m[2],
        whole: m[1] === 'SCAN',
        byCompanyAlone: /\(company_id=\?\)$/.test(m[3]),
        row,
        source,
      };
      if (!growing.has(read.table) || !(read.whole || read.byCompanyAlone) || allowed(read)) continue;
      offending.push(`${row}\n    in: ${source.slice(0, 300)}`);
    }
  }
  return offending;
}

/** `from "ledger_line" as "l"` → l ↦ ledger_line (and the table's own name ↦ itself). */
function tableAliases(source: string): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const m of source.matchAll(/(?:from|join|update)\s+"?(\w+)"?(?:\s+as\s+"?(\w+)"?)?/gi)) {
    aliases.set(m[1], m[1]);
    if (m[2]) aliases.set(m[2], m[1]);
  }
  return aliases;
}

/** EXPLAIN QUERY PLAN's detail lines, every parameter bound to NULL (the plan is chosen before values matter). */
function planOf(raw: Sqlite.Database, source: string): string[] {
  const params = source.replace(/'(?:[^']|'')*'/g, "''").match(/\?/g)?.length ?? 0;
  const rows = raw.prepare(`explain query plan ${source}`).all(...new Array(params).fill(null)) as { detail: string }[];
  return rows.map((r) => r.detail);
}
