import type { CompanyDb } from '../../../platform/db/company-scope.ts';
import { createAccount } from '../create-account.ts';
import type { ImportIssue } from '../import/import-report.ts';
import type { AccountTable, AccountType } from '../ledger.tables.ts';
import { flag, type LedgerCall, typed } from '../ledger-db.ts';
import { rowRefusal } from '../refusals.ts';

/**
 * hledger names accounts by colon-separated paths (`assets:bank:checking`, `الأصول:البنك`). Kawalis
 * keeps a tree of coded accounts, so a path is matched against the names along the tree (English or
 * Arabic), and a missing one is created: its groups, then the leaf, typed from the top-level name.
 */
const ROOTS: [RegExp, AccountType][] = [
  [/^(assets?|الأصول|أصول|الاصول|اصول|الموجودات)$/iu, 'asset'],
  [/^(liabilit(y|ies)|الخصوم|خصوم|الالتزامات|التزامات|المطلوبات)$/iu, 'liability'],
  [/^(equity|حقوق الملكية|حقوق الملكيه|رأس المال)$/iu, 'equity'],
  [/^(income|incomes|revenues?|الإيرادات|إيرادات|الايرادات|ايرادات|الدخل)$/iu, 'income'],
  [/^(expenses?|المصروفات|مصروفات|المصاريف|مصاريف|النفقات)$/iu, 'expense'],
];

export const rootType = (name: string): AccountType | undefined => ROOTS.find(([re]) => re.test(name.trim()))?.[1];

/** Names on the path of an account, with any `:` inside a name written as `-`. */
const segment = (name: string) => name.replace(/:/g, '-').trim();

export interface ChartPaths {
  byPath: Map<string, AccountTable>;
  /** The English name path of every account: what the export writes. */
  pathOf: Map<string, string>;
  codes: Set<string>;
}

export async function chartPaths(db: CompanyDb): Promise<ChartPaths> {
  const all = await typed(db).selectFrom('ledger_account').selectAll().execute();
  const byId = new Map(all.map((a) => [a.id, a]));
  const names = (a: AccountTable, pick: (a: AccountTable) => string): string => {
    const parent = a.parent_id ? byId.get(a.parent_id) : undefined;
    return parent ? `${names(parent, pick)}:${segment(pick(a))}` : segment(pick(a));
  };
  const byPath = new Map<string, AccountTable>();
  const pathOf = new Map<string, string>();
  for (const a of all) {
    const en = names(a, (x) => x.name_en);
    pathOf.set(a.id, en);
    byPath.set(en, a);
    if (!byPath.has(names(a, (x) => x.name_ar)))
      byPath.set(
        names(a, (x) => x.name_ar),
        a,
      );
  }
  return { byPath, pathOf, codes: new Set(all.map((a) => a.code)) };
}

/** Why the accounts these paths need cannot be had (before anything is created), each at its first line. */
export function pathIssues(paths: Map<string, number>, chart: ChartPaths): ImportIssue[] {
  const issues: ImportIssue[] = [];
  for (const [path, line] of paths) {
    const existing = chart.byPath.get(path);
    if (existing) {
      if (!flag(existing.postable)) issues.push(rowRefusal(line, 'account', 'ledger.account_grouping', { account: path }));
      else if (!flag(existing.active)) issues.push(rowRefusal(line, 'account', 'ledger.account_archived', { account: path }));
      continue;
    }
    const parts = path.split(':');
    if (!chart.byPath.has(parts[0]) && !rootType(parts[0])) {
      issues.push(rowRefusal(line, 'account', 'ledger.hledger_account_type', { name: parts[0] }));
    }
    for (let i = 1; i < parts.length; i++) {
      const prefix = parts.slice(0, i).join(':');
      const parent = chart.byPath.get(prefix);
      if ((parent && flag(parent.postable)) || paths.has(prefix)) {
        issues.push(rowRefusal(line, 'account', 'ledger.hledger_leaf_and_group', { account: prefix, path }));
        break;
      }
    }
  }
  return issues;
}

/** Create what is missing (groups first), through the chart's own use case. Returns path → account id. */
export async function ensureAccounts(db: CompanyDb, call: LedgerCall, paths: Iterable<string>, chart: ChartPaths): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  let n = 0;
  const nextCode = () => {
    let code: string;
    do code = `HL${String(++n).padStart(5, '0')}`;
    while (chart.codes.has(code));
    chart.codes.add(code);
    return code;
  };
  for (const path of [...paths].sort()) {
    const parts = path.split(':');
    let parent: AccountTable | undefined;
    for (let i = 1; i <= parts.length; i++) {
      const prefix = parts.slice(0, i).join(':');
      let a = chart.byPath.get(prefix);
      if (!a) {
        const name = parts[i - 1];
        const view = await createAccount(db, call, {
          code: nextCode(),
          nameEn: name,
          nameAr: name,
          type: parent?.type ?? (rootType(parts[0]) as AccountType),
          parentId: parent?.id ?? null,
          postable: i === parts.length,
        });
        a = { ...(await typed(db).selectFrom('ledger_account').selectAll().where('id', '=', view.id).executeTakeFirstOrThrow()) };
        chart.byPath.set(prefix, a);
      }
      parent = a;
    }
    ids.set(path, (parent as AccountTable).id);
  }
  return ids;
}
