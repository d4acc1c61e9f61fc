import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { accountFacts } from './accounts.repository.ts';
import { CompiledIn, CompiledOnce } from './compiled-once.ts';
import { minorUnits } from './currencies.repository.ts';
import { type DimensionValueFacts, dimensionValueFacts } from './dimensions.repository.ts';
import type { AccountFacts } from './journal-entry.ts';
import { findJournal } from './journals.repository.ts';
import type { AccountTable, JournalTable } from './ledger.tables.ts';
import { flag, typed } from './ledger-db.ts';
import { assertOpenDate } from './period-guard.ts';

/**
 * The reference data a posting reads: journal, accounts, currencies' minor units, dimension values,
 * and whether a date is open (which also takes the PostgreSQL share locks on the lock date and the
 * period). `directLookups` reads them every time; a `CachedLookups` reads each once per transaction
 * (a group of postings committed together), which is safe because the reads that matter hold their
 * locks until the transaction ends.
 */
export interface PostingLookups {
  journal(db: CompanyDb, id: string): Promise<JournalTable | undefined>;
  accounts(db: CompanyDb, ids: string[]): Promise<Map<string, AccountFacts>>;
  units(db: CompanyDb, codes: string[]): Promise<Map<string, number>>;
  dims(db: CompanyDb, ids: string[]): Promise<Map<string, DimensionValueFacts>>;
  openDate(db: CompanyDb, date: string, fiscalYearStartMonth: number): Promise<number>;
}

export const directLookups: PostingLookups = {
  journal: findJournal,
  accounts: accountFacts,
  units: minorUnits,
  dims: dimensionValueFacts,
  openDate: assertOpenDate,
};

/** Fill `cache` with the missing keys, then answer only the asked ones (absent stays absent). */
async function through<V>(cache: Map<string, V | null>, keys: string[], load: (missing: string[]) => Promise<Map<string, V>>): Promise<Map<string, V>> {
  // (a loop, not a Set: after the group's first request every key is usually known)
  let missing: string[] | undefined;
  for (const k of keys) {
    if (cache.has(k) || missing?.includes(k)) continue;
    if (missing) missing.push(k);
    else missing = [k];
  }
  if (missing) {
    const found = await load(missing);
    for (const k of missing) cache.set(k, found.get(k) ?? null);
  }
  const out = new Map<string, V>();
  for (const k of keys) {
    const v = cache.get(k);
    if (v) out.set(k, v);
  }
  return out;
}

const journalById = new CompiledOnce(['id'], (db, slot) => typed(db).selectFrom('ledger_journal').selectAll().where('id', '=', slot('id')));
const accountsByIds = new CompiledIn((db, ids) =>
  typed(db).selectFrom('ledger_account').select(['id', 'code', 'postable', 'active', 'currency']).where('id', 'in', ids),
);
const unitsByCodes = new CompiledIn((db, codes) => typed(db).selectFrom('currency').select(['code', 'minor_units']).where('code', 'in', codes));

/**
 * Lookups remembered for one transaction. Only successes are remembered (a refused date is asked
 * again). `reset()` forgets everything: call it after rolling back to a savepoint, since what was
 * read (or created, like a new year's periods) after the savepoint is gone.
 */
export class CachedLookups implements PostingLookups {
  private journals = new Map<string, JournalTable | null>();
  private accountMap = new Map<string, AccountFacts | null>();
  private unitMap = new Map<string, number | null>();
  private dimMap = new Map<string, DimensionValueFacts | null>();
  private openDates = new Map<string, number>();

  reset(): void {
    this.journals.clear();
    this.accountMap.clear();
    this.unitMap.clear();
    this.dimMap.clear();
    this.openDates.clear();
  }

  // The same reads as findJournal, accountFacts and minorUnits, compiled once (every group reads them).
  async journal(db: CompanyDb, id: string) {
    const known = this.journals.get(id);
    if (known !== undefined) return known ?? undefined;
    const j = (await db.executeQuery<JournalTable>(journalById.query(db, { id }))).rows[0];
    this.journals.set(id, j ?? null);
    return j;
  }

  accounts(db: CompanyDb, ids: string[]) {
    return through(this.accountMap, ids, async (m) => {
      const rows = (await db.executeQuery<Pick<AccountTable, 'id' | 'code' | 'postable' | 'active' | 'currency'>>(accountsByIds.query(db, m))).rows;
      return new Map(rows.map((r) => [r.id, { id: r.id, code: r.code, postable: flag(r.postable), active: flag(r.active), currency: r.currency }]));
    });
  }

  units(db: CompanyDb, codes: string[]) {
    return through(this.unitMap, codes, async (m) => {
      const rows = (await db.executeQuery<{ code: string; minor_units: bigint | number }>(unitsByCodes.query(db, m))).rows;
      return new Map(rows.map((r) => [r.code, Number(r.minor_units)]));
    });
  }

  dims(db: CompanyDb, ids: string[]) {
    return through(this.dimMap, ids, (m) => dimensionValueFacts(db, m));
  }

  /** What is already known, without reading (the answer of an entry the group has just checked). */
  known(): {
    codes: { get(id: string): string | undefined };
    units: { get(code: string): number | null | undefined };
    dims: { get(id: string): DimensionValueFacts | null | undefined };
  } {
    const accounts = this.accountMap;
    return { codes: { get: (id) => accounts.get(id)?.code }, units: this.unitMap, dims: this.dimMap };
  }

  async openDate(db: CompanyDb, date: string, fiscalYearStartMonth: number) {
    const known = this.openDates.get(date);
    if (known !== undefined) return known;
    const fy = await assertOpenDate(db, date, fiscalYearStartMonth);
    this.openDates.set(date, fy);
    return fy;
  }
}
