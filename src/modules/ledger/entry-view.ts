import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { minorUnits } from './currencies.repository.ts';
import { dimIds } from './dimension-rules.ts';
import { type DimensionValueFacts, dimensionValueFacts } from './dimensions.repository.ts';
import { entryLines, findEntry, findReversalOf } from './entries.repository.ts';
import type { MinorLine } from './journal-entry.ts';
import type { EntrySummary, EntryView } from './ledger.schemas.ts';
import type { EntryTable } from './ledger.tables.ts';
import { typed } from './ledger-db.ts';
import { fromMinor } from './money.ts';

export const presentSummary = (e: EntryTable, journalCode: string): EntrySummary => ({
  id: e.id,
  journalId: e.journal_id,
  journalCode,
  status: e.status,
  date: e.date,
  number: e.number,
  memo: e.memo,
  reference: e.reference,
  author: e.author_label,
  poster: e.poster_label,
  postedAt: e.posted_at,
  reversesEntryId: e.reverses_entry_id,
});

/** An entry with its lines, amounts as decimal strings in each line's currency. */
export async function loadEntryView(db: CompanyDb, id: string, baseCurrency: string): Promise<EntryView> {
  const entry = await findEntry(db, id);
  if (!entry) throw new AppError('NOT_FOUND');
  const d = typed(db);
  const journal = await d.selectFrom('ledger_journal').select('code').where('id', '=', entry.journal_id).executeTakeFirst();
  const lines = await entryLines(db, entry);
  const accountIds = [...new Set(lines.map((l) => l.accountId))];
  const codes = new Map(
    accountIds.length ? (await d.selectFrom('ledger_account').select(['id', 'code']).where('id', 'in', accountIds).execute()).map((a) => [a.id, a.code]) : [],
  );
  const units = await minorUnits(db, [...lines.map((l) => l.currency), baseCurrency]);
  const reversal = await findReversalOf(db, id);
  const dims = await dimensionValueFacts(db, dimIds(lines));
  return presentEntryView(entry, journal?.code ?? '', lines, { codes, units, dims, baseCurrency, reversedByEntryId: reversal?.id ?? null });
}

/**
 * The view of an entry from what the caller already holds (a posting knows its lines, accounts,
 * currencies and dimension values): the same answer as `loadEntryView`, without reading it back.
 */
export function presentEntryView(
  entry: EntryTable,
  journalCode: string,
  lines: MinorLine[],
  facts: {
    codes: { get(id: string): string | undefined };
    units: { get(code: string): number | null | undefined };
    dims: { get(id: string): DimensionValueFacts | null | undefined };
    baseCurrency: string;
    reversedByEntryId: string | null;
  },
): EntryView {
  const { codes, units, dims } = facts;
  const baseUnits = units.get(facts.baseCurrency) ?? 2;
  const dimensionsOf = (l: MinorLine) =>
    (l.dims ?? []).flatMap((valueId) => {
      const v = valueId ? dims.get(valueId) : undefined;
      return v ? [{ slot: v.slot, dimension: v.dimensionCode, valueId: v.id, value: v.code }] : [];
    });
  return {
    ...presentSummary(entry, journalCode),
    reversedByEntryId: facts.reversedByEntryId,
    hash: entry.hash,
    prevHash: entry.prev_hash,
    lines: lines.map((l, i) => {
      const u = units.get(l.currency) ?? 2;
      const abs = fromMinor(l.amount < 0n ? -l.amount : l.amount, u);
      return {
        lineNo: i + 1,
        accountId: l.accountId,
        accountCode: codes.get(l.accountId) ?? '',
        currency: l.currency,
        amount: fromMinor(l.amount, u),
        debit: l.amount > 0n ? abs : null,
        credit: l.amount < 0n ? abs : null,
        baseAmount: fromMinor(l.baseAmount, baseUnits),
        rate: l.rate,
        memo: l.memo,
        dimensions: dimensionsOf(l),
      };
    }),
  };
}
