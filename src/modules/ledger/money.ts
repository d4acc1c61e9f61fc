import type { RefusalParams } from '../../platform/errors.ts';
import { type LedgerRefusal, reason, refusalText } from './refusals.ts';

/**
 * Money as integer minor units (bigint) and decimal strings, never floating point. A currency's
 * number of minor units comes from the ISO 4217 table (`currency.minor_units`), never from `Intl`,
 * which disagrees with ISO for dozens of codes (IQD, LBP, SYP, YER…).
 */
export class MoneyError extends Error {
  /** The reason as a ledger refusal code (refusals.ts) and its params, for translated messages. */
  readonly code: LedgerRefusal;
  readonly params?: RefusalParams;
  constructor(code: LedgerRefusal, params?: RefusalParams) {
    super(refusalText(code, params));
    this.name = 'MoneyError';
    this.code = code;
    this.params = params;
  }

  /** The reason as `{ code, params?, message }`, ready for a detail item. */
  get reason() {
    return reason(this.code, this.params);
  }
}

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/** The largest amount one line may carry, in minor units: room for sums of many lines in a bigint column. */
export const MAX_LINE_MINOR = 10n ** 17n;

const pow10 = (n: number) => 10n ** BigInt(n);

/**
 * `"-1234.5"` with 2 minor units → `-123450n`. Refuses anything that is not a plain decimal and any
 * digit beyond what the currency allows (even a trailing zero: `"1.230"` in a 2-digit currency is an
 * input mistake worth naming, not something to round silently).
 */
export function toMinor(text: string, minorUnits: number): bigint {
  const m = DECIMAL.exec(text);
  if (!m) throw new MoneyError('ledger.amount_not_decimal', { text });
  const [, minus, whole, frac = ''] = m;
  if (frac.length > minorUnits) {
    throw minorUnits === 0 ? new MoneyError('ledger.amount_no_minor_units', { text }) : new MoneyError('ledger.amount_decimals', { text, units: minorUnits });
  }
  const value = BigInt(whole) * pow10(minorUnits) + BigInt(frac.padEnd(minorUnits, '0') || '0');
  return minus && value !== 0n ? -value : value;
}

/** `-123450n` with 2 minor units → `"-1234.50"`: always exactly `minorUnits` decimals. */
export function fromMinor(minor: bigint, minorUnits: number): string {
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(minorUnits + 1, '0');
  const whole = digits.slice(0, digits.length - minorUnits);
  const frac = digits.slice(digits.length - minorUnits);
  return `${negative ? '-' : ''}${whole}${minorUnits > 0 ? `.${frac}` : ''}`;
}

/** A positive decimal rate such as `"3.75"` or `"0.266667"`, as numerator over a power of ten. */
export function parseRate(text: string): { num: bigint; scale: number } {
  const m = DECIMAL.exec(text);
  if (!m || m[1]) throw new MoneyError('ledger.rate_not_decimal', { text });
  const frac = m[3] ?? '';
  const num = BigInt(m[2] + frac);
  if (num === 0n) throw new MoneyError('ledger.zero_rate');
  return { num, scale: frac.length };
}

/** Integer division rounding half away from zero (the usual rule for currency conversion). */
export function divRound(n: bigint, d: bigint): bigint {
  if (d <= 0n) throw new Error('divisor must be positive');
  const q = n / d;
  const r = n % d;
  if (r === 0n) return q;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice >= d) return n < 0n ? q - 1n : q + 1n;
  return q;
}

/**
 * Convert an amount in one currency to another at `rate` (units of the target per unit of the
 * source), rounding half away from zero to the target's minor units.
 */
export function convert(amount: bigint, fromUnits: number, rate: string, toUnits: number): bigint {
  const { num, scale } = parseRate(rate);
  return divRound(amount * num * pow10(toUnits), pow10(scale + fromUnits));
}

/**
 * The rate implied by an amount and its base-currency equivalent, to 10 decimal places without
 * trailing zeros: what a line records when its base amount was given rather than its rate.
 */
export function impliedRate(amount: bigint, fromUnits: number, base: bigint, toUnits: number): string {
  const abs = (x: bigint) => (x < 0n ? -x : x);
  if (amount === 0n) throw new Error('no rate for a zero amount');
  const scaled = divRound(abs(base) * pow10(fromUnits + 10), abs(amount) * pow10(toUnits));
  return fromMinor(scaled, 10).replace(/\.?0+$/, '') || '0';
}
