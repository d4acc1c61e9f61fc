/**
 * A report flattened for a file: a title, headers and rows whose cells are text or amounts. An amount
 * keeps its exact decimal string and its currency's number of decimals; each writer decides how to
 * show it (CSV: the string; XLSX: a number with the currency's format).
 */
export interface AmountCell {
  amount: string;
  decimals: number;
}
export type Cell = string | AmountCell | null;

export interface ReportTable {
  name: string;
  title: string;
  subtitle: string;
  rightToLeft: boolean;
  headers: string[];
  rows: Cell[][];
}

export const amountCell = (amount: string | null, decimals: number): Cell => (amount === null ? null : { amount, decimals });
export const isAmount = (c: Cell): c is AmountCell => typeof c === 'object' && c !== null;
