import type { Issue } from './journal-entry.ts';
import type { AccountSubtype, AccountType } from './ledger.tables.ts';
import { issueAt } from './refusals.ts';

/**
 * Which subtypes make sense for which type: a bank or cash account is an asset, a payable a
 * liability, retained earnings equity; tax may be owed or reclaimable; suspense and other fit any.
 */
const allowed: Record<AccountSubtype, readonly AccountType[] | 'any'> = {
  bank: ['asset'],
  cash: ['asset'],
  receivable: ['asset'],
  inventory: ['asset'],
  fixed_asset: ['asset'],
  payable: ['liability'],
  tax: ['asset', 'liability'],
  retained_earnings: ['equity'],
  suspense: 'any',
  other: 'any',
};

export function subtypeFits(type: AccountType, subtype: AccountSubtype): boolean {
  const a = allowed[subtype];
  return a === 'any' || a.includes(type);
}

export interface ParentFacts {
  id: string;
  code: string;
  type: AccountType;
  postable: boolean;
  active: boolean;
}

/**
 * A parent groups accounts of its own type and takes no lines itself. `ancestorsOfParent` lists the
 * parent's ancestors (nearest first), so moving an account under its own descendant is refused.
 */
export function parentIssues(account: { id?: string; type: AccountType }, parent: ParentFacts | undefined, ancestorsOfParent: string[]): Issue[] {
  if (!parent) return [issueAt('parentId', 'ledger.account_not_found')];
  const issues: Issue[] = [];
  if (parent.postable) issues.push(issueAt('parentId', 'ledger.parent_takes_lines', { account: parent.code }));
  if (parent.type !== account.type)
    issues.push(issueAt('parentId', 'ledger.parent_type', { account: parent.code, parentType: parent.type, type: account.type }));
  if (!parent.active) issues.push(issueAt('parentId', 'ledger.account_archived', { account: parent.code }));
  if (account.id && (parent.id === account.id || ancestorsOfParent.includes(account.id))) {
    issues.push(issueAt('parentId', 'ledger.parent_cycle'));
  }
  return issues;
}
