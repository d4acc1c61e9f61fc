import type { TFunction } from 'i18next';
import { formatAmount } from '../ledger/money';

/** An amount kept left to right inside a sentence in either language (Unicode isolates), so its minus stays in front. */
const ltr = (text: string) => `\u2066${formatAmount(text)}\u2069`;

/**
 * The matching engine's reasons (src/modules/banking/match-engine.ts) are English sentences; these
 * patterns turn the known ones into the reader's language. A sentence not known is shown as it is.
 */
const PATTERNS: [RegExp, string, (m: RegExpExecArray) => Record<string, string>][] = [
  [/^Same amount (-?[\d.]+)$/, 'sameAmount', (m) => ({ amount: ltr(m[1]) })],
  [/^Same date$/, 'sameDate', () => ({})],
  [/^Dates (\d+) day\(s\) apart \(window ±(\d+)\)$/, 'daysApart', (m) => ({ days: m[1], window: m[2] })],
  [/^Dates (\d+) day\(s\) apart, outside the ±(\d+)-day window$/, 'outsideWindow', (m) => ({ days: m[1], window: m[2] })],
  [/^Reference (\S+) found in both texts$/, 'reference', (m) => ({ reference: m[1] })],
  [/^(\d+) ledger lines add up to the bank line's (-?[\d.]+)$/, 'ledgerAddUp', (m) => ({ n: m[1], amount: ltr(m[2]) })],
  [/^(\d+) bank lines add up to the ledger line's (-?[\d.]+)$/, 'bankAddUp', (m) => ({ n: m[1], amount: ltr(m[2]) })],
  [/^Dates within (\d+) day\(s\)$/, 'within', (m) => ({ days: m[1] })],
  [/^A reference is found in both texts$/, 'sharedReference', () => ({})],
];

export function reasonText(t: TFunction, reason: string): string {
  for (const [pattern, key, values] of PATTERNS) {
    const m = pattern.exec(reason);
    if (m) return t(`banking.reasons.${key}`, values(m));
  }
  return reason;
}
