import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { toDimSet } from './dimension-rules.ts';
import { toMinorLines } from './entry-lines.ts';
import { ratesOn } from './exchange-rates.repository.ts';
import type { Issue, MinorLine } from './journal-entry.ts';
import type { LineInput } from './ledger.schemas.ts';
import type { CompanyFacts } from './ledger-db.ts';
import { directLookups, type PostingLookups } from './posting-facts.ts';
import { issueAt } from './refusals.ts';

/**
 * Turn an entry's input lines into minor units and check that the journal and every account belong
 * to the acting company (the scoped handle finds nothing else). Anything wrong is refused as
 * VALIDATION naming each line; whether the entry may be posted is decided at posting. A foreign
 * line without rate or base amount is converted at the dated rate in force on `date`.
 */
export async function resolveLines(
  db: CompanyDb,
  company: CompanyFacts,
  input: { journalId?: string; date?: string; lines: LineInput[] },
  look: PostingLookups = directLookups,
): Promise<MinorLine[]> {
  const issues: Issue[] = [];
  if (input.journalId && !(await look.journal(db, input.journalId))) issues.push(issueAt('journalId', 'ledger.journal_not_found'));
  const units = await look.units(db, [company.baseCurrency, ...input.lines.map((l) => l.currency ?? company.baseCurrency)]);
  const dimFacts = await look.dims(
    db,
    input.lines.flatMap((l) => l.dimensions ?? []),
  );
  const dims = input.lines.map((l, i) => {
    const r = toDimSet(l.dimensions, dimFacts, `lines.${i}.dimensions`);
    issues.push(...r.issues);
    return r.dims;
  });
  // A foreign-currency line with neither rate nor base amount takes the rate in force on the entry's date.
  const unrated = input.lines.filter((l) => l.currency && l.currency !== company.baseCurrency && l.rate === undefined && l.baseAmount === undefined);
  const rates =
    input.date && unrated.length
      ? await ratesOn(
          db,
          unrated.map((l) => l.currency as string),
          input.date,
        )
      : new Map();
  const converted = toMinorLines(input.lines, { base: company.baseCurrency, units: (c) => units.get(c), rateOn: (c) => rates.get(c), date: input.date }, dims);
  issues.push(...converted.issues);
  const accounts = await look.accounts(
    db,
    input.lines.map((l) => l.accountId),
  );
  input.lines.forEach((l, i) => {
    if (!accounts.has(l.accountId)) issues.push(issueAt(`lines.${i}.accountId`, 'ledger.account_not_found'));
  });
  if (issues.length) throw new AppError('VALIDATION', 'The entry is not valid', issues);
  return converted.lines;
}
