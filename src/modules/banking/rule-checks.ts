import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { findAccount, MoneyError, toMinor } from '../ledger/index.ts';
import { checkDimensions } from './rule-dimensions.ts';

type Issue = { path: string; message: string };

function amountOf(text: string | null | undefined, units: number, path: string, issues: Issue[]): bigint | null {
  if (text === undefined || text === null) return null;
  try {
    return toMinor(text, units);
  } catch (err) {
    if (!(err instanceof MoneyError)) throw err;
    issues.push({ path, message: err.message });
    return null;
  }
}

export interface RuleFields {
  textContains: string | null;
  textPattern: string | null;
  minAmount: string | null;
  maxAmount: string | null;
  accountId: string;
  dimensions: string[];
}

/**
 * The checks a rule passes whether added or changed: a text or pattern, a range that does not end
 * before it starts, a postable active target that is not the bank account itself, valid dimension
 * values. Every refusal is collected and thrown as one VALIDATION naming the fields.
 */
export async function checkRule(
  db: CompanyDb,
  bank: { ledgerAccountId: string; units: number },
  r: RuleFields,
): Promise<{ min: bigint | null; max: bigint | null; dimensions: string[] }> {
  const issues: Issue[] = [];
  if (!r.textContains && !r.textPattern) issues.push({ path: 'textContains', message: 'Give the text it contains or a pattern' });
  const min = amountOf(r.minAmount, bank.units, 'minAmount', issues);
  const max = amountOf(r.maxAmount, bank.units, 'maxAmount', issues);
  if (min !== null && max !== null && min > max) issues.push({ path: 'maxAmount', message: 'The range ends before it starts' });
  const target = await findAccount(db, r.accountId);
  if (!target) issues.push({ path: 'accountId', message: 'No such ledger account' });
  else if (!target.postable || !target.active) issues.push({ path: 'accountId', message: `Account ${target.code} takes no postings` });
  else if (target.id === bank.ledgerAccountId) issues.push({ path: 'accountId', message: 'The rule would post the bank account against itself' });
  const dimensions = await checkDimensions(db, r.dimensions, issues);
  if (issues.length) throw new AppError('VALIDATION', 'The rule is not valid', issues);
  return { min, max, dimensions };
}
