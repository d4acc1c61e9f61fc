import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { findAccounts } from '../ledger/index.ts';

export interface AccountFacts {
  code: string;
  nameEn: string;
  nameAr: string;
  type: string;
}

/** Code, names and type of each account, through the ledger's public `findAccounts` (one query per 500). */
export async function accountFacts(db: CompanyDb, ids: Iterable<string>): Promise<Map<string, AccountFacts>> {
  const out = new Map<string, AccountFacts>();
  for (const a of await findAccounts(db, [...new Set(ids)])) out.set(a.id, { code: a.code, nameEn: a.nameEn, nameAr: a.nameAr, type: a.type });
  return out;
}

export const byCode = <T extends { code: string; dimensionValueId: string | null }>(a: T, b: T) =>
  a.code === b.code ? (a.dimensionValueId ?? '').localeCompare(b.dimensionValueId ?? '') : a.code.localeCompare(b.code);
