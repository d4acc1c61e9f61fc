/**
 * What every statement parser produces, before any currency rule or database: amounts stay the
 * exact decimal text of the file (canonical form `-?digits(.digits)?`, debits negative), dates are
 * `YYYY-MM-DD`. Turning amounts into minor units needs the currency, which the import knows.
 */
export type StatementFormat = 'ofx' | 'camt' | 'mt940' | 'csv';

export interface ParsedBalance {
  date: string;
  amount: string;
}

export interface ParsedLine {
  bookingDate: string;
  valueDate: string | null;
  amount: string;
  text: string;
  /** The bank's own unique reference (OFX FITID, CAMT AcctSvcrRef, MT940 bank reference). */
  bankRef: string | null;
  /** CAMT NtryRef, MT940 customer reference, a CSV reference column. */
  entryRef: string | null;
  endToEndId: string | null;
  counterparty: string | null;
  /** Where in the file: `line 12` or an element path, for messages. */
  source: string;
}

export interface ParsedStatement {
  /** The bank's statement id (MT940 :20:/:28C:, CAMT Stmt/Id, OFX none). */
  reference: string | null;
  /** IBAN or account number as the file states it. */
  account: string | null;
  currency: string | null;
  opening: ParsedBalance | null;
  closing: ParsedBalance | null;
  /** The period the statement covers when stated. */
  from: string | null;
  to: string | null;
  lines: ParsedLine[];
  /** `line 3` or `Document/BkToCstmrStmt/Stmt[1]`. */
  source: string;
}

export interface ParsedFile {
  format: StatementFormat;
  statements: ParsedStatement[];
}

/** A file that cannot be read: the message names the line or the element. */
export class StatementParseError extends Error {
  constructor(
    message: string,
    readonly where: string,
  ) {
    super(`${where}: ${message}`);
  }
}

/** `20240131`, `240131`, `2024-01-31T…` → `2024-01-31`, refusing impossible dates. */
export function isoDate(text: string, where: string): string {
  const t = text.trim();
  let m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(t);
  if (!m && /^\d{6}$/.test(t)) m = /^(\d{2})(\d{2})(\d{2})$/.exec(t);
  if (!m) throw new StatementParseError(`"${text}" is not a date`, where);
  const year = m[1].length === 2 ? `20${m[1]}` : m[1];
  return validDate(`${year}-${m[2]}-${m[3]}`, text, where);
}

export function validDate(iso: string, raw: string, where: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) throw new StatementParseError(`"${raw}" is not a date`, where);
  return iso;
}
