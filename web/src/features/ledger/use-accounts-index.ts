import { useMemo } from 'react';
import { useAccountTree } from './api/get-account-tree';
import type { Account, AccountNode } from './types';

export type AccountsIndex = { list: (Account & { depth: number })[]; byId: Map<string, Account & { depth: number }> };

/** The chart flattened in tree order (depth first, by code), with each account's depth. */
export function flattenTree(nodes: AccountNode[], depth = 0, out: (Account & { depth: number })[] = []): (Account & { depth: number })[] {
  for (const { children, ...account } of [...nodes].sort((a, b) => a.code.localeCompare(b.code))) {
    out.push({ ...account, depth });
    flattenTree(children, depth + 1, out);
  }
  return out;
}

export function useAccountsIndex(enabled = true): { index: AccountsIndex; query: ReturnType<typeof useAccountTree> } {
  const query = useAccountTree(enabled);
  const index = useMemo(() => {
    const list = flattenTree(query.data?.items ?? []);
    return { list, byId: new Map(list.map((a) => [a.id, a])) };
  }, [query.data]);
  return { index, query };
}
