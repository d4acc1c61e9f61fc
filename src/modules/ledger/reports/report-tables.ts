import { type Lang, label } from './report-labels.ts';
import type { MoneyFormat } from './report-money.ts';
import { amountCell, type Cell, type ReportTable } from './report-table.ts';
import type { BalanceSheet, IncomeStatement, Register, StatementSection, TrialBalanceReport } from './reports.schemas.ts';

/** Each exportable report flattened to a table, with headers and account names in the reader's language. */
/** Names are not indented: a leading space would hide a formula from the CSV escaping, and codes show the tree. */
const nameIn = (lang: Lang, r: { nameEn: string; nameAr: string }) => (lang === 'ar' ? r.nameAr : r.nameEn);
const base = (lang: Lang, key: 'opening' | 'movement' | 'closing' | 'balance', c: string) => `${label(lang, key)} (${label(lang, 'inBase', { c })})`;

export function trialBalanceTable(tb: TrialBalanceReport, lang: Lang, money: MoneyFormat): ReportTable {
  const range = tb.from !== null;
  const d = (c: string) => money.units(c);
  const headers = [label(lang, 'code'), label(lang, 'account'), label(lang, 'currency')];
  if (range)
    headers.push(
      label(lang, 'opening'),
      label(lang, 'movement'),
      label(lang, 'closing'),
      base(lang, 'opening', tb.baseCurrency),
      base(lang, 'movement', tb.baseCurrency),
      base(lang, 'closing', tb.baseCurrency),
    );
  else headers.push(label(lang, 'balance'), base(lang, 'balance', tb.baseCurrency));
  const rows: Cell[][] = tb.rows.map((r) => {
    const head: Cell[] = [r.code, nameIn(lang, r), r.currency];
    const b = d(tb.baseCurrency);
    if (!range) return [...head, amountCell(r.closing, d(r.currency)), amountCell(r.baseClosing, b)];
    return [
      ...head,
      ...[r.opening, r.movement, r.closing].map((x) => amountCell(x, d(r.currency))),
      ...[r.baseOpening, r.baseMovement, r.baseClosing].map((x) => amountCell(x, b)),
    ];
  });
  for (const t of tb.totals) {
    const head: Cell[] = ['', label(lang, 'total'), t.currency];
    rows.push(
      range ? [...head, ...[t.opening, t.movement, t.closing].map((x) => amountCell(x, d(t.currency)))] : [...head, amountCell(t.closing, d(t.currency))],
    );
  }
  return {
    name: label(lang, 'trialBalance'),
    title: label(lang, 'trialBalance'),
    subtitle: range ? label(lang, 'range', { f: tb.from ?? '', t: tb.to }) : label(lang, 'asOf', { d: tb.to }),
    rightToLeft: lang === 'ar',
    headers,
    rows,
  };
}

export function registerTable(reg: Register, lang: Lang, money: MoneyFormat): ReportTable {
  const b = money.units(reg.baseCurrency);
  const headers = [
    label(lang, 'date'),
    label(lang, 'number'),
    label(lang, 'memo'),
    label(lang, 'reference'),
    label(lang, 'currency'),
    label(lang, 'debit'),
    label(lang, 'credit'),
    label(lang, 'balance'),
    label(lang, 'baseAmount', { c: reg.baseCurrency }),
    base(lang, 'balance', reg.baseCurrency),
  ];
  const opening: Cell[] = ['', '', label(lang, 'openingBalance'), '', reg.currency ?? '', null, null];
  opening.push(reg.currency ? amountCell(reg.opening.balance, money.units(reg.currency)) : null, null, amountCell(reg.opening.baseBalance, b));
  const rows: Cell[][] = [opening];
  for (const l of reg.items) {
    const u = money.units(l.currency);
    rows.push([
      l.date,
      l.number,
      l.memo ?? l.entryMemo ?? '',
      l.reference ?? '',
      l.currency,
      amountCell(l.debit, u),
      amountCell(l.credit, u),
      amountCell(l.balance, u),
      amountCell(l.baseAmount, b),
      amountCell(l.baseBalance, b),
    ]);
  }
  return {
    name: label(lang, 'register'),
    title: `${label(lang, 'register')}: ${reg.code} ${lang === 'ar' ? reg.nameAr : reg.nameEn}`,
    subtitle: reg.currency ?? reg.baseCurrency,
    rightToLeft: lang === 'ar',
    headers,
    rows,
  };
}

function sectionRows(sections: StatementSection[], lang: Lang, decimals: number): Cell[][] {
  const rows: Cell[][] = [];
  for (const s of sections) {
    rows.push(['', label(lang, s.type), ...s.total.map(() => null)]);
    for (const r of s.rows) rows.push([r.code, nameIn(lang, r), ...r.amounts.map((a) => amountCell(a, decimals))]);
    rows.push(['', `${label(lang, 'total')} ${label(lang, s.type)}`, ...s.total.map((a) => amountCell(a, decimals))]);
  }
  return rows;
}

export function incomeStatementTable(is: IncomeStatement, lang: Lang, money: MoneyFormat): ReportTable {
  const dec = money.units(is.currency);
  const rows = sectionRows(is.sections, lang, dec);
  rows.push(['', label(lang, 'netIncome'), ...is.netIncome.map((a) => amountCell(a, dec))]);
  return {
    name: label(lang, 'incomeStatement'),
    title: label(lang, 'incomeStatement'),
    subtitle: `${label(lang, 'range', { f: is.columns[0].from, t: is.columns[0].to })} (${is.currency})`,
    rightToLeft: lang === 'ar',
    headers: [label(lang, 'code'), label(lang, 'account'), ...is.columns.map((c) => label(lang, 'range', { f: c.from, t: c.to }))],
    rows,
  };
}

export function balanceSheetTable(bs: BalanceSheet, lang: Lang, money: MoneyFormat): ReportTable {
  const dec = money.units(bs.currency);
  const rows = sectionRows(bs.sections, lang, dec);
  rows.push(['', label(lang, 'liabilitiesAndEquity'), ...bs.totalLiabilitiesAndEquity.map((a) => amountCell(a, dec))]);
  return {
    name: label(lang, 'balanceSheet'),
    title: label(lang, 'balanceSheet'),
    subtitle: `${label(lang, 'asOf', { d: bs.columns[0].asOf })} (${bs.currency})`,
    rightToLeft: lang === 'ar',
    headers: [label(lang, 'code'), label(lang, 'account'), ...bs.columns.map((c) => label(lang, 'asOf', { d: c.asOf }))],
    rows,
  };
}
