import type { CompanyDb } from '../../../platform/db/company-scope.ts';
import { minorUnits } from '../currencies.repository.ts';
import { fromMinor } from '../money.ts';

/** Decimal strings for a set of currencies, with minor units from the ISO table. */
export interface MoneyFormat {
  units(currency: string): number;
  text(minor: bigint, currency: string): string;
}

export async function moneyFormat(db: CompanyDb, currencies: Iterable<string>): Promise<MoneyFormat> {
  const units = await minorUnits(db, [...currencies]);
  const u = (c: string) => units.get(c) ?? 2;
  return { units: u, text: (minor, currency) => fromMinor(minor, u(currency)) };
}

/** Income, liabilities and equity read naturally as credits: their figures are shown negated. */
export const naturalSign = (type: string) => (type === 'asset' || type === 'expense' ? 1n : -1n);
