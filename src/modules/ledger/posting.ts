import { type AuditInput, recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { dimensionIssues, dimIds } from './dimension-rules.ts';
import { insertPostedLines, markPosted, replaceDraftLines } from './entries.repository.ts';
import { entryHash } from './entry-hash.ts';
import { findImbalances, lineIssues, type MinorLine } from './journal-entry.ts';
import { claimChainSlot, formatNumber, nextSequence, setChainHead } from './journals.repository.ts';
import type { EntryTable, JournalTable } from './ledger.tables.ts';
import type { CompanyFacts, LedgerCall } from './ledger-db.ts';
import { addBatchToBalances } from './post-batch.ts';
import { directLookups, type PostingLookups } from './posting-facts.ts';
import { issueAt } from './refusals.ts';

export interface PostingOptions {
  /** The entry's lines are draft lines to remove (posting a draft). */
  fromDraft: boolean;
  /** Where reference data comes from; a group of postings in one transaction reads it once. */
  lookups?: PostingLookups;
  /** Hand the audit event to the caller (who appends a group's events under one chain lock) instead of recording it. */
  audit?: (event: AuditInput) => void;
  /** Hand the lines to the caller, who adds a whole group to the kept balances at its end (in key order), instead of adding them now. */
  balances?: (date: string, lines: MinorLine[]) => void;
}

/**
 * The one way an entry becomes posted, shared by posting a draft, posting a new entry and reversing.
 * Runs inside the caller's transaction: checks (lines, balance, period), then the gapless number,
 * the chain slot, the lines, the header, the maintained balances and the audit event — all or none.
 * `entry` is a draft row already in the database; with `fromDraft` its draft lines are removed, as
 * `lines` move to the posted lines.
 */
export async function postDraftLines(
  trx: CompanyDb,
  call: LedgerCall,
  company: CompanyFacts,
  entry: EntryTable,
  lines: MinorLine[],
  opts: PostingOptions = { fromDraft: true },
): Promise<EntryTable> {
  const { journal, fiscalYear } = await checkPosting(trx, company, entry, lines, opts.lookups ?? directLookups);

  // The journal row is locked first (chain slot), then its counter, then balances in a fixed order.
  const { chainSeq, prevHash } = await claimChainSlot(trx, journal.id);
  const seq = await nextSequence(trx, journal.id, fiscalYear);
  const number = formatNumber(journal.prefix, fiscalYear, seq);
  const hash = entryHash(
    {
      id: entry.id,
      journalId: journal.id,
      number,
      date: entry.date,
      memo: entry.memo,
      reference: entry.reference,
      reversesEntryId: entry.reverses_entry_id,
      lines,
    },
    prevHash,
  );
  const now = call.clock.now().toISOString();
  if (opts.fromDraft) await replaceDraftLines(trx, entry.id, []);
  await insertPostedLines(trx, entry.id, entry.date, lines);
  const set = {
    number,
    fiscal_year: BigInt(fiscalYear),
    sequence_no: seq,
    chain_seq: chainSeq,
    poster_id: call.actor.userId,
    poster_label: call.actor.label,
    posted_at: now,
    hash,
    prev_hash: prevHash,
    updated_at: now,
  };
  await markPosted(trx, entry.id, set);
  await setChainHead(trx, journal.id, hash);
  if (opts.balances) opts.balances(entry.date, lines);
  else await addBatchToBalances(trx, [{ date: entry.date, lines }]);
  const event: AuditInput = {
    action: entry.reverses_entry_id ? 'ledger.entry.reversed' : 'ledger.entry.posted',
    targetType: 'ledger_entry',
    targetId: entry.id,
    summary: { number, date: entry.date, lines: lines.length, reverses: entry.reverses_entry_id ?? undefined },
  };
  if (opts.audit) opts.audit(event);
  else await recordAudit(trx, call.clock, call.actor, event);
  return { ...entry, ...set, status: 'posted' };
}

/**
 * Whether an entry may be posted, without writing it: the journal exists and is active, every line
 * is on a postable active account with valid dimension values, it balances per currency and in base
 * currency, and its date is open (the last check: it may open a new fiscal year's periods, which
 * happens only for an entry that passed every other check). Returns the journal and fiscal year.
 */
export async function checkPosting(
  trx: CompanyDb,
  company: CompanyFacts,
  entry: Pick<EntryTable, 'journal_id' | 'date'>,
  lines: MinorLine[],
  look: PostingLookups,
): Promise<{ journal: JournalTable; fiscalYear: number }> {
  const journal = await look.journal(trx, entry.journal_id);
  if (!journal) throw new AppError('VALIDATION', 'No such journal', [issueAt('journalId', 'ledger.journal_not_found')]);
  if (Number(journal.active) !== 1)
    throw new AppError('VALIDATION', 'The journal is inactive', [issueAt('journalId', 'ledger.journal_inactive', { journal: journal.code })]);

  const issues = lineIssues(
    lines,
    await look.accounts(
      trx,
      lines.map((l) => l.accountId),
    ),
  );
  issues.push(...dimensionIssues(lines, await look.dims(trx, dimIds(lines))));
  if (issues.length) throw new AppError('VALIDATION', 'The entry cannot be posted', issues);
  const units = await look.units(trx, [company.baseCurrency, ...lines.map((l) => l.currency)]);
  const imbalances = findImbalances(lines, company.baseCurrency, (c) => units.get(c) ?? 2);
  if (imbalances.length) throw new AppError('UNBALANCED', imbalances.map((i) => i.message).join('; '), imbalances);
  const fiscalYear = await look.openDate(trx, entry.date, company.fiscalYearStartMonth);

  return { journal, fiscalYear };
}
