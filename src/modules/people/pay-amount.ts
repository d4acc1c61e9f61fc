import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { findCurrency, fromMinor, MoneyError, toMinor } from '../ledger/index.ts';

/** A decimal amount of pay in the currency's ISO minor units (bigint), refusing digits the currency lacks. */
export async function payToMinor(db: CompanyDb, amount: string, currency: string, path = 'amount'): Promise<{ minor: bigint; units: number }> {
  const row = await findCurrency(db, currency);
  if (!row) throw new AppError('VALIDATION', 'Unknown currency', [{ path: 'currency', message: `Unknown currency ${currency}` }]);
  const units = Number(row.minor_units);
  try {
    return { minor: toMinor(amount, units), units };
  } catch (err) {
    if (err instanceof MoneyError) throw new AppError('VALIDATION', 'Invalid amount', [{ path, message: err.message }]);
    throw err;
  }
}

export async function payToDecimal(db: CompanyDb, minor: bigint, currency: string): Promise<string> {
  const row = await findCurrency(db, currency);
  return fromMinor(minor, Number(row?.minor_units ?? 2));
}
