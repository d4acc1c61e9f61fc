import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { presentAccount } from './accounts.repository.ts';
import type { AccountView } from './chart.schemas.ts';
import { typed } from './ledger-db.ts';

/**
 * Reads other modules (budgets) need in bulk: several accounts at once, and which months are closed.
 * Kept apart from reports/ so report work does not touch them.
 */
export async function findAccounts(db: CompanyDb, ids: string[]): Promise<AccountView[]> {
  const out: AccountView[] = [];
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await typed(db)
      .selectFrom('ledger_account')
      .selectAll()
      .where('id', 'in', unique.slice(i, i + 500))
      .execute();
    out.push(...rows.map(presentAccount));
  }
  return out;
}

/** The `YYYY-MM` months between `fromMonth` and `toMonth` whose ledger period is closed. */
export async function closedMonths(db: CompanyDb, fromMonth: string, toMonth: string): Promise<string[]> {
  const rows = await typed(db)
    .selectFrom('ledger_period')
    .select('start_date')
    .where('status', '=', 'closed')
    .where('start_date', '>=', `${fromMonth}-01`)
    .where('start_date', '<', nextMonthStart(toMonth))
    .execute();
  const month = (d: unknown) => (d instanceof Date ? d.toISOString() : String(d)).slice(0, 7);
  return rows.map((r) => month(r.start_date)).sort();
}

export const nextMonthStart = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};
