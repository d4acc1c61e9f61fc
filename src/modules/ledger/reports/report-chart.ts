import type { CompanyDb } from '../../../platform/db/company-scope.ts';
import type { AccountSubtype, AccountType } from '../ledger.tables.ts';
import { flag, typed } from '../ledger-db.ts';

export interface ChartAccount {
  id: string;
  code: string;
  nameEn: string;
  nameAr: string;
  type: AccountType;
  subtype: AccountSubtype;
  parentId: string | null;
  postable: boolean;
  active: boolean;
  depth: number;
  /** English names from the root, joined by `:` (the hledger account name). */
  path: string;
}

/** The chart as reports need it: accounts in tree order (parents before children, siblings by code). */
export interface ReportChart {
  ordered: ChartAccount[];
  byId: Map<string, ChartAccount>;
  /** The account and every account below it. */
  subtree(id: string): string[];
  /** The account's ancestors, nearest first. */
  ancestors(id: string): string[];
}

export async function loadReportChart(db: CompanyDb): Promise<ReportChart> {
  const rows = await typed(db)
    .selectFrom('ledger_account')
    .select(['id', 'code', 'name_en', 'name_ar', 'type', 'subtype', 'parent_id', 'postable', 'active'])
    .orderBy('code')
    .execute();
  const children = new Map<string | null, typeof rows>();
  const ids = new Set(rows.map((r) => r.id));
  for (const r of rows) {
    const parent = r.parent_id && ids.has(r.parent_id) ? r.parent_id : null;
    children.set(parent, [...(children.get(parent) ?? []), r]);
  }
  const ordered: ChartAccount[] = [];
  const byId = new Map<string, ChartAccount>();
  const walk = (parent: string | null, depth: number, prefix: string) => {
    for (const r of children.get(parent) ?? []) {
      if (byId.has(r.id) || depth > 50) continue;
      const path = prefix ? `${prefix}:${r.name_en}` : r.name_en;
      const a: ChartAccount = {
        id: r.id,
        code: r.code,
        nameEn: r.name_en,
        nameAr: r.name_ar,
        type: r.type,
        subtype: r.subtype,
        parentId: r.parent_id,
        postable: flag(r.postable),
        active: flag(r.active),
        depth,
        path,
      };
      ordered.push(a);
      byId.set(a.id, a);
      walk(r.id, depth + 1, path);
    }
  };
  walk(null, 0, '');
  const subtree = (id: string): string[] => [id, ...(children.get(id) ?? []).flatMap((c) => subtree(c.id))];
  const ancestors = (id: string): string[] => {
    const out: string[] = [];
    for (let p = byId.get(id)?.parentId; p && out.length < 50; p = byId.get(p)?.parentId) out.push(p);
    return out;
  };
  return { ordered, byId, subtree, ancestors };
}

/**
 * Roll leaf figures up the tree: every grouping account gets the sum of its children, per key (a
 * currency, or `*` for one figure), each figure a fixed-width vector of bigints.
 */
export function rollUp(chart: ReportChart, leaves: Map<string, Map<string, bigint[]>>, width: number): Map<string, Map<string, bigint[]>> {
  const out = new Map<string, Map<string, bigint[]>>();
  const add = (accountId: string, key: string, values: bigint[]) => {
    const perKey = out.get(accountId) ?? new Map<string, bigint[]>();
    const v = perKey.get(key) ?? Array.from({ length: width }, () => 0n);
    for (let i = 0; i < width; i++) v[i] += values[i] ?? 0n;
    perKey.set(key, v);
    out.set(accountId, perKey);
  };
  for (const [accountId, perKey] of leaves) {
    if (!chart.byId.has(accountId)) continue;
    for (const [key, values] of perKey) for (const id of [accountId, ...chart.ancestors(accountId)]) add(id, key, values);
  }
  return out;
}
