import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { newId } from '../../platform/ids.ts';
import type { ExchangeRateQuery, ExchangeRateView } from './exchange-rates.schemas.ts';
import type { ExchangeRateTable } from './ledger.tables.ts';
import { typed } from './ledger-db.ts';

export const presentRate = (r: ExchangeRateTable): ExchangeRateView => ({
  currency: r.currency,
  date: r.date,
  rate: r.rate,
  source: r.source,
  updatedBy: r.updated_by,
  updatedAt: r.updated_at,
});

/** One rate per currency and day: a second one for the same day replaces the first (audited by the caller). */
export async function upsertRate(db: CompanyDb, r: Pick<ExchangeRateTable, 'currency' | 'date' | 'rate' | 'source' | 'updated_by' | 'updated_at'>) {
  await typed(db)
    .insertInto('ledger_exchange_rate')
    .values({ id: newId(), ...r } as never)
    .onConflict((oc) =>
      oc.columns(['company_id', 'currency', 'date']).doUpdateSet({ rate: r.rate, source: r.source, updated_by: r.updated_by, updated_at: r.updated_at }),
    )
    .execute();
}

export function listRates(db: CompanyDb, q: ExchangeRateQuery) {
  let s = typed(db).selectFrom('ledger_exchange_rate').selectAll();
  if (q.currency) s = s.where('currency', '=', q.currency);
  if (q.from) s = s.where('date', '>=', q.from);
  if (q.to) s = s.where('date', '<=', q.to);
  return s.orderBy('currency').orderBy('date', 'desc').limit(q.limit).execute();
}

/** The rate in force on `date` for each currency: the latest dated on or before it (none: absent). */
export async function ratesOn(db: CompanyDb, currencies: string[], date: string): Promise<Map<string, { rate: string; date: string }>> {
  const out = new Map<string, { rate: string; date: string }>();
  for (const currency of [...new Set(currencies)]) {
    const row = await typed(db)
      .selectFrom('ledger_exchange_rate')
      .select(['rate', 'date'])
      .where('currency', '=', currency)
      .where('date', '<=', date)
      .orderBy('date', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (row) out.set(currency, row);
  }
  return out;
}
