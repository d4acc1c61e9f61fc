import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { fromMinor, minorUnits } from '../ledger/index.ts';
import { csvMappingOf } from './banking.present.ts';
import { existingLineKeys, findBankAccount, findStatementByKey, holdsLines } from './banking.repository.ts';
import type { Preview, StatementFileInput } from './banking.schemas.ts';
import type { BankAccountTable } from './banking.tables.ts';
import { type StatementFormat, StatementParseError } from './parsers/parsed-statement.ts';
import { readStatementFile } from './parsers/read-statement-file.ts';
import { balanceIssues, type Issue, type PreparedStatement, prepareStatements } from './statement-rules.ts';

export interface Analysis {
  account: BankAccountTable;
  units: number;
  format: StatementFormat | null;
  statements: PreparedStatement[];
  errors: Issue[];
  /** Line keys the bank account already holds. */
  known: Set<string>;
  /** Statement keys imported before. */
  knownStatements: Set<string>;
}

/**
 * Everything an import decides before writing: the bank account (404 if not the company's), the
 * file read and checked, which lines and statements are already there. Shared by preview and import.
 */
export async function analyseStatementFile(db: CompanyDb, input: Partial<StatementFileInput>): Promise<Analysis> {
  const account = input.bankAccountId ? await findBankAccount(db, input.bankAccountId) : undefined;
  if (!account) throw new AppError('NOT_FOUND', 'No such bank account');
  const units = (await minorUnits(db, [account.currency])).get(account.currency) ?? 2;
  const empty = { account, units, statements: [], known: new Set<string>(), knownStatements: new Set<string>() };
  let file: ReturnType<typeof readStatementFile>;
  try {
    file = readStatementFile(Buffer.from(input.contentBase64 ?? '', 'base64'), csvMappingOf(account));
  } catch (err) {
    if (err instanceof StatementParseError) return { ...empty, format: null, errors: [{ where: err.where, message: err.message.slice(err.where.length + 2) }] };
    throw err;
  }
  const { statements, issues } = prepareStatements(
    file,
    { id: account.id, currency: account.currency, iban: account.iban, accountNumber: account.account_number },
    units,
  );
  const errors = [...issues, ...balanceIssues(statements, (m) => fromMinor(m, units))];
  const knownStatements = new Set<string>();
  for (const s of statements) if (await findStatementByKey(db, account.id, s.key)) knownStatements.add(s.key);
  // a statement held already has every line held (its key covers its line keys; lines are never
  // deleted), so only the other statements' keys are looked up, and none while the account holds no line
  const known = new Set<string>();
  for (const s of statements) if (knownStatements.has(s.key)) for (const l of s.lines) known.add(l.key);
  const ask = statements.filter((s) => !knownStatements.has(s.key)).flatMap((s) => s.lines.map((l) => l.key));
  if (ask.length > 0 && (await holdsLines(db, account.id))) for (const k of await existingLineKeys(db, account.id, ask)) known.add(k);
  return { account, units, format: file.format, statements, errors, known, knownStatements };
}

/** What the preview shows: per statement and in total, and every error. Nothing is written. */
export function summarise(a: Analysis): Preview {
  const money = (m: bigint | null) => (m === null ? null : fromMinor(m, a.units));
  const seen = new Set(a.known);
  const statements = a.statements.map((s) => {
    const fresh = s.lines.filter((l) => !seen.has(l.key));
    for (const l of fresh) seen.add(l.key);
    return {
      reference: s.reference,
      account: s.account,
      currency: s.currency ?? a.account.currency,
      from: s.from,
      to: s.to,
      openingBalance: money(s.opening),
      closingBalance: money(s.closing),
      lineCount: s.lines.length,
      newLineCount: fresh.length,
      totalCredits: money(s.credits) as string,
      totalDebits: money(s.debits) as string,
      difference: money(s.difference),
      alreadyImported: a.knownStatements.has(s.key),
    };
  });
  const sum = (f: (s: PreparedStatement) => bigint) => a.statements.reduce((acc, s) => acc + f(s), 0n);
  return {
    format: a.format,
    statements,
    lineCount: statements.reduce((n, s) => n + s.lineCount, 0),
    newLineCount: statements.reduce((n, s) => n + s.newLineCount, 0),
    totalCredits: money(sum((s) => s.credits)) as string,
    totalDebits: money(sum((s) => s.debits)) as string,
    errors: a.errors,
  };
}
