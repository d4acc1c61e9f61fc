import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { listAccounts, presentAccount } from './accounts.repository.ts';
import type { AccountNode } from './chart.schemas.ts';
import { typed } from './ledger-db.ts';

/** The account's ancestors, nearest first (the chart is shallow: a walk up is a few queries). */
export async function ancestorIds(db: CompanyDb, id: string): Promise<string[]> {
  const out: string[] = [];
  let current: string | null = id;
  while (current && out.length < 100) {
    const row = await typed(db).selectFrom('ledger_account').select('parent_id').where('id', '=', current).executeTakeFirst();
    current = row?.parent_id ?? null;
    if (current) out.push(current);
  }
  return out;
}

/** The whole chart as a tree, children ordered by code. */
export async function accountTree(db: CompanyDb): Promise<AccountNode[]> {
  const { rows } = await listAccounts(db, {});
  const nodes = new Map(rows.map((r) => [r.id, { ...presentAccount(r), children: [] as AccountNode[] }]));
  const roots: AccountNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
