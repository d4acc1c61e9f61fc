import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { linesForMatching } from '../ledger/index.ts';
import { bankAccountOf } from './bank-account-of.ts';
import { typed } from './banking.tables.ts';
import { bankLinesByIds, unmatchedBankLines } from './matching.repository.ts';
import { ledgerText } from './propose-matches.ts';
import type { StandingMatchView } from './worklist.schemas.ts';

type PageArgs = { page: number; pageSize: number };
const slice = <T>(rows: T[], { page, pageSize }: PageArgs) => rows.slice((page - 1) * pageSize, page * pageSize);

/** The reconciliation screen's left column: a page of a bank account's unmatched statement lines, oldest first. */
export async function unmatchedBankPage(db: CompanyDb, bankAccountId: string, p: PageArgs) {
  const { account, money } = await bankAccountOf(db, bankAccountId);
  const rows = await unmatchedBankLines(db, account.id);
  return {
    items: slice(rows, p).map((b) => ({
      id: b.id,
      date: String(b.booking_date),
      amount: money(BigInt(b.amount)),
      text: b.text,
      reference: b.bank_ref ?? b.entry_ref ?? b.end_to_end_id ?? null,
      counterparty: b.counterparty,
    })),
    page: p.page,
    pageSize: p.pageSize,
    total: rows.length,
    totalAmount: money(rows.reduce((s, b) => s + BigInt(b.amount), 0n)),
  };
}

/** The right column: a page of the mirrored ledger account's posted lines (its currency) in no standing match, oldest first. */
export async function unmatchedLedgerPage(db: CompanyDb, bankAccountId: string, p: PageArgs) {
  const { account, money } = await bankAccountOf(db, bankAccountId);
  const all = await linesForMatching(db, { accountId: account.ledger_account_id, currency: account.currency, from: '0001-01-01', to: '9999-12-31' });
  const matched = new Set(
    (
      await typed(db)
        .selectFrom('bank_match_line')
        .select('ledger_line_id')
        .where('side', '=', 'ledger')
        .where('live', '=', 1n)
        .where('bank_account_id', '=', account.id)
        .execute()
    ).map((r) => r.ledger_line_id as string),
  );
  const rows = all.filter((l) => !matched.has(l.lineId)).sort((a, b) => a.date.localeCompare(b.date) || a.lineId.localeCompare(b.lineId));
  return {
    items: slice(rows, p).map((l) => ({ id: l.lineId, entryId: l.entryId, number: l.number, date: l.date, amount: money(l.amount), text: ledgerText(l) })),
    page: p.page,
    pageSize: p.pageSize,
    total: rows.length,
    totalAmount: money(rows.reduce((s, l) => s + l.amount, 0n)),
  };
}

/** A page of a bank account's standing matches, latest first, each with its lines (so one can be undone). */
export async function standingMatchesPage(db: CompanyDb, bankAccountId: string, p: PageArgs) {
  const { account, money } = await bankAccountOf(db, bankAccountId);
  const d = typed(db);
  const base = d.selectFrom('bank_match').where('bank_account_id', '=', account.id).where('status', '=', 'matched');
  const { n } = (await base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst()) ?? { n: '0' };
  const matches = await base
    .selectAll()
    .orderBy('matched_at', 'desc')
    .orderBy('id')
    .limit(p.pageSize)
    .offset((p.page - 1) * p.pageSize)
    .execute();
  const lines = matches.length
    ? await d
        .selectFrom('bank_match_line')
        .selectAll()
        .where(
          'match_id',
          'in',
          matches.map((m) => m.id),
        )
        .execute()
    : [];
  const bank = new Map(
    (
      await bankLinesByIds(
        db,
        lines.filter((l) => l.side === 'bank').map((l) => l.bank_line_id as string),
      )
    ).map((b) => [b.id, b]),
  );
  const ledger = new Map(
    (await linesForMatching(db, { lineIds: lines.filter((l) => l.side === 'ledger').map((l) => l.ledger_line_id as string) })).map((l) => [l.lineId, l]),
  );
  const items: StandingMatchView[] = matches.map((m) => {
    const own = lines.filter((l) => l.match_id === m.id);
    return {
      id: m.id,
      source: m.source,
      score: m.score === null ? null : Number(m.score),
      reasons: JSON.parse(m.reasons) as string[],
      total: money(BigInt(m.bank_total)),
      entryId: m.entry_id,
      matchedBy: m.matched_by,
      matchedAt: m.matched_at,
      bankLines: own
        .filter((l) => l.side === 'bank')
        .map((l) => ({
          id: l.bank_line_id as string,
          date: String(l.date),
          amount: money(BigInt(l.amount)),
          text: bank.get(l.bank_line_id as string)?.text ?? '',
        })),
      ledgerLines: own
        .filter((l) => l.side === 'ledger')
        .map((l) => {
          const line = ledger.get(l.ledger_line_id as string);
          return { id: l.ledger_line_id as string, date: String(l.date), amount: money(BigInt(l.amount)), text: line ? ledgerText(line) : '' };
        }),
    };
  });
  return { items, page: p.page, pageSize: p.pageSize, total: Number(n) };
}
