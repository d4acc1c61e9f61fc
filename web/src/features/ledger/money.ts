import { currentLocale } from '../../lib/format';

/**
 * Money in the browser, never as floating point: the API's decimal strings are shown as they are
 * (Intl only inserts grouping separators, through BigInt), and sums are taken in integer minor units
 * (BigInt) with the currency's ISO 4217 minor units from GET /ledger/currencies.
 */
const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/**
 * What a person typed, made into a plain decimal: Arabic-Indic and Persian digits become ASCII,
 * the Arabic decimal separator a dot, grouping separators and spaces go.
 */
export function normalizeAmountInput(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.')
    .replace(/[\s,\u066c\u00a0\u202f]/g, '');
}

export type ParsedAmount = { ok: true; minor: bigint } | { ok: false; reason: 'invalid' | 'decimals' };

/** `"1234.5"` with 2 minor units → 123450n; more decimals than the currency has is refused, never rounded. */
export function parseAmount(text: string, minorUnits: number): ParsedAmount {
  const m = DECIMAL.exec(text);
  if (!m || m[1]) return { ok: false, reason: 'invalid' };
  const frac = m[3] ?? '';
  if (frac.length > minorUnits) return { ok: false, reason: 'decimals' };
  return { ok: true, minor: BigInt(m[2]) * 10n ** BigInt(minorUnits) + BigInt(frac.padEnd(minorUnits, '0') || '0') };
}

/** -123450n with 2 minor units → `"-1234.50"`. */
export function fromMinor(minor: bigint, minorUnits: number): string {
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(minorUnits + 1, '0');
  const whole = digits.slice(0, digits.length - minorUnits);
  const frac = digits.slice(digits.length - minorUnits);
  return `${negative ? '-' : ''}${whole}${minorUnits > 0 ? `.${frac}` : ''}`;
}

/** A signed decimal string as minor units at the given scale (extra decimals are cut, never expected). */
export function decimalToMinor(text: string, minorUnits: number): bigint {
  const m = DECIMAL.exec(text.trim());
  if (!m) return 0n;
  const frac = (m[3] ?? '').padEnd(minorUnits, '0').slice(0, minorUnits);
  const value = BigInt(m[2]) * 10n ** BigInt(minorUnits) + BigInt(frac || '0');
  return m[1] ? -value : value;
}

/** Decimals of a decimal string as written (`"10.250"` → 3). */
export const decimalsOf = (text: string): number => DECIMAL.exec(text.trim())?.[3]?.length ?? 0;

/** Adds signed decimal strings exactly, keeping the largest number of decimals among them. */
export function sumDecimals(values: string[]): string {
  const units = Math.max(0, ...values.map(decimalsOf));
  return fromMinor(
    values.reduce((sum, v) => sum + decimalToMinor(v, units), 0n),
    units,
  );
}

export const isZeroDecimal = (text: string): boolean => /^-?0*(\.0*)?$/.test(text.trim());
export const isNegativeDecimal = (text: string): boolean => text.trim().startsWith('-') && !isZeroDecimal(text);
export const absDecimal = (text: string): string => text.trim().replace(/^-/, '');

/**
 * `"-1234567.50"` → `"-1,234,567.50"` in the reader's locale (its separators and minus sign). The
 * digits are the API's: Intl formats only the whole part, as a BigInt, so nothing is ever rounded.
 */
export function formatAmount(text: string): string {
  const m = DECIMAL.exec(text.trim());
  if (!m) return text;
  const locale = currentLocale();
  const parts = new Intl.NumberFormat(locale).formatToParts(-1.5);
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const firstDigit = parts.findIndex((p) => p.type === 'integer');
  const minus =
    parts
      .slice(0, firstDigit)
      .map((p) => p.value)
      .join('') || '-';
  const whole = new Intl.NumberFormat(locale).format(BigInt(m[2]));
  const negative = m[1] !== undefined && !isZeroDecimal(text);
  return `${negative ? minus : ''}${whole}${m[3] !== undefined ? `${decimal}${m[3]}` : ''}`;
}

/** Integer division rounding half away from zero, as the server converts currencies. */
function divRound(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r = n % d;
  if (r === 0n) return q;
  return (r < 0n ? -r : r) * 2n >= d ? (n < 0n ? q - 1n : q + 1n) : q;
}

/** An amount in the base currency at `rate` (base units per unit), or null when the rate is not a positive decimal. */
export function convertMinor(amount: bigint, fromUnits: number, rate: string, toUnits: number): bigint | null {
  const m = DECIMAL.exec(rate.trim());
  if (!m || m[1]) return null;
  const frac = m[3] ?? '';
  const num = BigInt(m[2] + frac);
  if (num === 0n) return null;
  return divRound(amount * num * 10n ** BigInt(toUnits), 10n ** BigInt(frac.length + fromUnits));
}
