import { sumDecimals } from './money';
import type { Account, TrialBalance } from './types';

/**
 * Base-currency balances per account from the trial balance, each grouping account carrying the
 * sum of everything beneath it. Exact decimal sums, never floating point.
 */
export function rolledUpBalances(accounts: Map<string, Account>, tb: TrialBalance | undefined): Map<string, string> {
  const parts = new Map<string, string[]>();
  for (const row of tb?.rows ?? []) {
    let id: string | null = row.accountId;
    const seen = new Set<string>();
    while (id && !seen.has(id)) {
      seen.add(id);
      parts.set(id, [...(parts.get(id) ?? []), row.baseBalance]);
      id = accounts.get(id)?.parentId ?? null;
    }
  }
  return new Map([...parts.entries()].map(([id, values]) => [id, sumDecimals(values)]));
}
