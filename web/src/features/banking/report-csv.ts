import type { Reconciliation } from './types';

const cell = (v: string | number) => {
  const s = String(v);
  // Quote what needs it; a leading = + - @ would be read as a formula by a spreadsheet, so it gets a '.
  const safe = /^[=+@]/.test(s) || (/^-/.test(s) && !/^-\d/.test(s)) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/**
 * The reconciliation report as CSV (UTF-8 with a BOM so spreadsheets read Arabic text): the summary
 * rows, then every outstanding item the report lists, each side marked. Built from the API's answer.
 */
export function reconciliationCsv(
  r: Reconciliation,
  labels: Record<
    | 'statementBalance'
    | 'ledgerBalance'
    | 'difference'
    | 'unmatchedBank'
    | 'unmatchedLedger'
    | 'timing'
    | 'unexplained'
    | 'side'
    | 'date'
    | 'amount'
    | 'text'
    | 'bank'
    | 'ledger',
    string
  >,
): string {
  const rows: (string | number)[][] = [
    [r.name, r.currency, r.asOf],
    [labels.statementBalance, r.statementBalance],
    [labels.ledgerBalance, r.ledgerBalance],
    [labels.difference, r.difference],
    [labels.unmatchedBank, r.unmatchedBank.total, r.unmatchedBank.count],
    [labels.unmatchedLedger, r.unmatchedLedger.total, r.unmatchedLedger.count],
    [labels.timing, r.timing],
    [labels.unexplained, r.unexplained],
    [],
    [labels.side, labels.date, labels.amount, labels.text],
    ...r.unmatchedBank.items.map((i) => [labels.bank, i.date, i.amount, i.text]),
    ...r.unmatchedLedger.items.map((i) => [labels.ledger, i.date, i.amount, i.text]),
  ];
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

export function saveCsv(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
