import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { accountFacts } from './accounts.repository.ts';
import { minorUnits } from './currencies.repository.ts';
import { toDimSet } from './dimension-rules.ts';
import { dimensionValueFacts } from './dimensions.repository.ts';
import { toMinorLines } from './entry-lines.ts';
import type { Issue, MinorLine } from './journal-entry.ts';
import { findJournal } from './journals.repository.ts';
import type { LineInput } from './ledger.schemas.ts';
import type { CompanyFacts } from './ledger-db.ts';

/**
 * Turn an entry's input lines into minor units and check that the journal and every account belong
 * to the acting company (the scoped handle finds nothing else). Anything wrong is refused as
 * VALIDATION naming each line; whether the entry may be posted is decided at posting.
 */
export async function resolveLines(db: CompanyDb, company: CompanyFacts, input: { journalId?: string; lines: LineInput[] }): Promise<MinorLine[]> {
  const issues: Issue[] = [];
  if (input.journalId && !(await findJournal(db, input.journalId))) issues.push({ path: 'journalId', message: 'No such journal in this company' });
  const units = await minorUnits(db, [company.baseCurrency, ...input.lines.map((l) => l.currency ?? company.baseCurrency)]);
  const dimFacts = await dimensionValueFacts(
    db,
    input.lines.flatMap((l) => l.dimensions ?? []),
  );
  const dims = input.lines.map((l, i) => {
    const r = toDimSet(l.dimensions, dimFacts, `lines.${i}.dimensions`);
    issues.push(...r.issues);
    return r.dims;
  });
  const converted = toMinorLines(input.lines, { base: company.baseCurrency, units: (c) => units.get(c) }, dims);
  issues.push(...converted.issues);
  const accounts = await accountFacts(
    db,
    input.lines.map((l) => l.accountId),
  );
  input.lines.forEach((l, i) => {
    if (!accounts.has(l.accountId)) issues.push({ path: `lines.${i}.accountId`, message: 'No such account in this company' });
  });
  if (issues.length) throw new AppError('VALIDATION', 'The entry is not valid', issues);
  return converted.lines;
}
