import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { isPostgres } from '../../platform/db/create-database.ts';
import { newId } from '../../platform/ids.ts';
import type { PeriodView } from './chart.schemas.ts';
import type { PeriodSpan } from './fiscal-calendar.ts';
import type { PeriodTable } from './ledger.tables.ts';
import { typed } from './ledger-db.ts';

export const presentPeriod = (p: PeriodTable): PeriodView => ({
  id: p.id,
  fiscalYear: Number(p.fiscal_year),
  periodNo: Number(p.period_no),
  startDate: p.start_date,
  endDate: p.end_date,
  status: p.status,
  closedAt: p.closed_at,
});

export function listPeriods(db: CompanyDb, fiscalYear?: number) {
  let q = typed(db).selectFrom('ledger_period').selectAll().orderBy('start_date');
  if (fiscalYear !== undefined) q = q.where('fiscal_year', '=', BigInt(fiscalYear));
  return q.execute();
}

export const findPeriod = (db: CompanyDb, id: string) => typed(db).selectFrom('ledger_period').selectAll().where('id', '=', id).executeTakeFirst();

/**
 * The period holding `date`. With `share`, PostgreSQL keeps a shared lock on its row until the
 * transaction ends, so a period cannot close between the posting's check and its commit (SQLite has
 * a single writer and needs no lock).
 */
export function findPeriodOn(db: CompanyDb, date: string, share = false) {
  let q = typed(db).selectFrom('ledger_period').selectAll().where('start_date', '<=', date).where('end_date', '>=', date);
  if (share && isPostgres(db)) q = q.forShare();
  return q.executeTakeFirst();
}

/** Create the given periods as open; ones that exist already stay as they are. */
export async function insertPeriods(db: CompanyDb, spans: PeriodSpan[]) {
  if (spans.length === 0) return;
  const rows = spans.map((s) => ({
    id: newId(),
    fiscal_year: BigInt(s.fiscalYear),
    period_no: BigInt(s.periodNo),
    start_date: s.startDate,
    end_date: s.endDate,
    status: 'open' as const,
    closed_by: null,
    closed_at: null,
  }));
  await typed(db)
    .insertInto('ledger_period')
    .values(rows as PeriodTable[])
    .onConflict((oc) => oc.columns(['company_id', 'fiscal_year', 'period_no']).doNothing())
    .execute();
}

export async function setPeriodStatus(db: CompanyDb, id: string, set: Pick<PeriodTable, 'status' | 'closed_by' | 'closed_at'>) {
  await typed(db).updateTable('ledger_period').set(set).where('id', '=', id).execute();
}

export async function getLockDate(db: CompanyDb, share = false): Promise<string | null> {
  let q = typed(db).selectFrom('ledger_settings').select('lock_date');
  if (share && isPostgres(db)) q = q.forShare();
  const row = await q.executeTakeFirst();
  return row?.lock_date ?? null;
}

export async function saveLockDate(db: CompanyDb, lockDate: string | null, now: string) {
  await typed(db)
    .insertInto('ledger_settings')
    .values({ id: newId(), lock_date: lockDate, updated_at: now } as never)
    .onConflict((oc) => oc.column('company_id').doUpdateSet({ lock_date: lockDate, updated_at: now }))
    .execute();
}
