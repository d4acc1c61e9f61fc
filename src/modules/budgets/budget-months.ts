const pad = (n: number) => String(n).padStart(2, '0');

/** The twelve `YYYY-MM` months of a fiscal year named by the calendar year it starts in. */
export function fiscalMonths(fiscalYear: number, startMonth: number): string[] {
  return Array.from({ length: 12 }, (_, i) => {
    const m = startMonth - 1 + i;
    return `${fiscalYear + Math.floor(m / 12)}-${pad((m % 12) + 1)}`;
  });
}

/** The natural sign of an account type: debit-normal types +1, credit-normal −1. */
export const naturalSign = (type: string): bigint => (['asset', 'expense'].includes(type) ? 1n : -1n);
