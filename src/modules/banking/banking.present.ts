import { fromMinor } from '../ledger/index.ts';
import type { BankAccountView, StatementView } from './banking.schemas.ts';
import type { BankAccountTable, BankLineTable, BankStatementTable } from './banking.tables.ts';
import { type CsvMapping, csvMappingSchema } from './csv-mapping.schemas.ts';

export const csvMappingOf = (row: Pick<BankAccountTable, 'csv_mapping'>): CsvMapping | null =>
  row.csv_mapping ? csvMappingSchema.parse(JSON.parse(row.csv_mapping)) : null;

export const presentBankAccount = (r: BankAccountTable): BankAccountView => ({
  id: r.id,
  name: r.name,
  bank: r.bank,
  iban: r.iban,
  accountNumber: r.account_number,
  currency: r.currency,
  ledgerAccountId: r.ledger_account_id,
  csvMapping: csvMappingOf(r),
  active: Number(r.active) === 1,
});

const money = (units: number) => (v: bigint | null) => (v === null ? null : fromMinor(BigInt(v), units));

export const presentStatement = (r: BankStatementTable, units: number): StatementView => {
  const m = money(units);
  return {
    id: r.id,
    bankAccountId: r.bank_account_id,
    format: r.format,
    fileName: r.file_name,
    reference: r.reference,
    from: r.from_date,
    to: r.to_date,
    openingBalance: m(r.opening_balance),
    closingBalance: m(r.closing_balance),
    lineCount: Number(r.line_count),
    newLineCount: Number(r.new_line_count),
    totalCredits: m(r.total_credits) as string,
    totalDebits: m(r.total_debits) as string,
    continuity: r.continuity,
    gap: m(r.gap),
    previousStatementId: r.previous_statement_id,
    importedBy: r.imported_by,
    importedAt: r.imported_at,
  };
};

export const presentLine = (r: BankLineTable, units: number) => ({
  id: r.id,
  statementId: r.statement_id,
  bookingDate: r.booking_date,
  valueDate: r.value_date,
  amount: fromMinor(BigInt(r.amount), units),
  currency: r.currency,
  text: r.text,
  bankRef: r.bank_ref,
  entryRef: r.entry_ref,
  endToEndId: r.end_to_end_id,
  counterparty: r.counterparty,
});
