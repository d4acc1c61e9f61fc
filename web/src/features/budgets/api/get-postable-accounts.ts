import { useQuery } from '@tanstack/react-query';
import { accountTreeQueryOptions } from '../../ledger/api/get-account-tree';
import type { AccountNode, AccountType } from '../../ledger/types';

export interface AccountOption {
  id: string;
  code: string;
  nameEn: string;
  nameAr: string;
  type: AccountType;
}

/** Income and expense first (what a budget is mostly about), then the balance-sheet accounts for cash planning. */
export const BUDGET_TYPE_ORDER: readonly AccountType[] = ['income', 'expense', 'asset', 'liability', 'equity'];

/** Every active postable account of the chart, by code (the whole tree: a list page would stop at 200 accounts). */
export function postableAccounts(tree: AccountNode[]): AccountOption[] {
  const out: AccountOption[] = [];
  const walk = (nodes: AccountNode[]) => {
    for (const n of nodes) {
      if (n.postable && n.active) out.push({ id: n.id, code: n.code, nameEn: n.nameEn, nameAr: n.nameAr, type: n.type });
      walk(n.children);
    }
  };
  walk(tree);
  return out.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** The accounts a budget line can be on; `incomeAndExpense` leaves out the balance sheet (scenarios adjust net income). */
export const usePostableAccounts = (opts: { incomeAndExpense?: boolean } = {}) =>
  useQuery({
    ...accountTreeQueryOptions(),
    select: (d) => postableAccounts(d.items).filter((a) => !opts.incomeAndExpense || a.type === 'income' || a.type === 'expense'),
  });

/** Select data grouped by account type, in `BUDGET_TYPE_ORDER`; `typeLabel` names each group. */
export function groupedAccountOptions(accounts: AccountOption[], language: string, typeLabel: (t: AccountType) => string) {
  return BUDGET_TYPE_ORDER.map((type) => ({
    group: typeLabel(type),
    items: accounts.filter((a) => a.type === type).map((a) => ({ value: a.id, label: `${a.code} ${language === 'ar' ? a.nameAr : a.nameEn}` })),
  })).filter((g) => g.items.length > 0);
}
