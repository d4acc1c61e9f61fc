import type { DimSet, Issue, MinorLine } from './journal-entry.ts';
import type { LineInput } from './ledger.schemas.ts';
import { convert, impliedRate, MAX_LINE_MINOR, MoneyError, toMinor } from './money.ts';
import { issueAt } from './refusals.ts';

export interface Currencies {
  base: string;
  /** Minor units of a known ISO 4217 code; undefined for an unknown one. */
  units(code: string): number | undefined;
  /** The dated exchange rate in force on the entry's date, for a line that gives neither rate nor base amount. */
  rateOn?(code: string): { rate: string; date: string } | undefined;
  /** The entry's date, to name it when no rate is in force. */
  date?: string;
}

/**
 * Turn the API's lines (debit or credit as decimal strings) into signed minor units, in the line's
 * currency and in the base currency. A line in the base currency has rate 1; a foreign one needs a
 * rate or a base amount, or else takes the dated rate in force on the entry's date (`rateOn`). Every
 * problem is named by line.
 * `dims[i]` are line i's dimension values, already resolved to their slots.
 */
export function toMinorLines(input: LineInput[], cur: Currencies, dims: readonly DimSet[] = []): { lines: MinorLine[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const lines: MinorLine[] = [];
  const baseUnits = cur.units(cur.base);
  if (baseUnits === undefined) {
    return { lines, issues: [issueAt('lines', 'ledger.base_currency_unknown', { currency: cur.base })] };
  }
  input.forEach((l, i) => {
    const currency = l.currency ?? cur.base;
    const units = cur.units(currency);
    if (units === undefined) {
      issues.push(issueAt(`lines.${i}.currency`, 'ledger.currency_unknown', { currency }));
      return;
    }
    const field = l.debit !== undefined ? 'debit' : 'credit';
    const sign = field === 'debit' ? 1n : -1n;
    let at: string = field;
    try {
      const amount = sign * toMinor((l.debit ?? l.credit) as string, units);
      if (amount > MAX_LINE_MINOR || -amount > MAX_LINE_MINOR) throw new MoneyError('ledger.amount_too_large');
      let baseAmount = amount;
      let rate = '1';
      if (currency === cur.base) {
        if (l.rate !== undefined && l.rate !== '1') issues.push(issueAt(`lines.${i}.rate`, 'ledger.base_line_rate'));
        at = 'baseAmount';
        if (l.baseAmount !== undefined && toMinor(l.baseAmount, baseUnits) * sign !== amount) {
          issues.push(issueAt(`lines.${i}.baseAmount`, 'ledger.base_line_amount'));
        }
      } else if (l.baseAmount !== undefined) {
        at = 'baseAmount';
        baseAmount = sign * toMinor(l.baseAmount, baseUnits);
        rate = l.rate ?? (amount === 0n ? '0' : impliedRate(amount, units, baseAmount, baseUnits));
      } else if (l.rate !== undefined) {
        rate = l.rate;
        at = 'rate';
        baseAmount = convert(amount, units, rate, baseUnits);
      } else if (cur.rateOn?.(currency)) {
        rate = (cur.rateOn(currency) as { rate: string }).rate;
        at = 'rate';
        baseAmount = convert(amount, units, rate, baseUnits);
      } else {
        issues.push(
          cur.date
            ? issueAt(`lines.${i}.rate`, 'ledger.no_rate', { currency, date: cur.date, base: cur.base })
            : issueAt(`lines.${i}.rate`, 'ledger.no_rate_undated', { currency, base: cur.base }),
        );
        return;
      }
      lines.push({ accountId: l.accountId, currency, amount, baseAmount, rate, memo: l.memo ?? null, dims: dims[i] });
    } catch (err) {
      if (!(err instanceof MoneyError)) throw err;
      issues.push({ path: `lines.${i}.${at}`, ...err.reason });
    }
  });
  return { lines, issues };
}
