import { MoneyError, toMinor } from '../ledger/index.ts';

/**
 * Amounts as banks write them, read exactly: decimal text → integer minor units, never a float.
 * Arabic-Indic (٠–٩) and Persian (۰–۹) digits, the Arabic decimal (٫) and thousands (٬) marks, a
 * leading or trailing minus, a Unicode minus, a leading plus and accounting parentheses are accepted.
 */
export class AmountError extends Error {}

export interface NumberFormat {
  /** The decimal mark: `.` or `,` (the Arabic `٫` is always accepted). */
  decimal: '.' | ',';
  /** The thousands separator, or '' for none; spaces (also NBSP) and `'` are common. */
  thousands: '' | ',' | '.' | ' ' | "'";
}

export const POINT: NumberFormat = { decimal: '.', thousands: '' };
const PLAIN = /^(-?)(\d+(?:\.\d+)?)$/;

/** Arabic-Indic and Persian digits → ASCII. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.codePointAt(0) as number) & 0xf));
}

/**
 * `"(1.234,50)"` with `{decimal: ',', thousands: '.'}` → `"-1234.50"`: a canonical decimal string
 * (`-?digits(.digits)?`). Refuses anything else, naming the text.
 */
export function canonicalDecimal(raw: string, format: NumberFormat = POINT): string {
  // most files write plain ASCII decimals: those are canonical already (a minus on zero dropped)
  const plain = format.decimal === '.' ? PLAIN.exec(raw) : null;
  if (plain) return plain[1] && /[1-9]/.test(plain[2]) ? raw : plain[2];
  let t = asciiDigits(raw.normalize('NFKC'))
    .replace(/[\u200e\u200f\u061c]/g, '')
    .trim();
  let negative = false;
  if (/^\(.*\)$/.test(t)) {
    negative = true;
    t = t.slice(1, -1).trim();
  }
  if (/^[-\u2212]/.test(t)) {
    negative = !negative;
    t = t.slice(1).trim();
  } else if (t.startsWith('+')) t = t.slice(1).trim();
  if (/[-\u2212]$/.test(t)) {
    negative = !negative;
    t = t.slice(0, -1).trim();
  }
  // the Arabic marks are unambiguous: ٬ groups thousands, ٫ is the decimal point
  t = t.replace(/\u066C/g, '').replace(/\u066B/g, format.decimal);
  if (format.thousands) {
    const sep = format.thousands === ' ' ? '[ \\u00a0\\u202f]' : `\\${format.thousands}`;
    const [whole, ...rest] = t.split(format.decimal);
    if (new RegExp(sep).test(whole) && !new RegExp(`^\\d{1,3}(${sep}\\d{3})*$`).test(whole)) {
      throw new AmountError(`"${raw}" has misplaced thousands separators`);
    }
    t = [whole.replace(new RegExp(sep, 'g'), ''), ...rest].join(format.decimal);
  }
  if (format.decimal === ',') t = t.replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(t) && !/^\d+\.$/.test(t)) throw new AmountError(`"${raw}" is not an amount`);
  t = t.replace(/\.$/, '');
  return negative && /[1-9]/.test(t) ? `-${t}` : t;
}

/**
 * Canonical decimal → minor units through the ledger's `toMinor`. Zeros beyond the currency's minor
 * units are dropped (banks write `100.000` for 2-digit currencies); any other extra digit is refused.
 */
export function decimalToMinor(canonical: string, minorUnits: number): bigint {
  const m = /^(-?\d+)(?:\.(\d*))?$/.exec(canonical);
  if (!m) throw new AmountError(`"${canonical}" is not a decimal number`);
  let frac = m[2] ?? '';
  while (frac.length > minorUnits && frac.endsWith('0')) frac = frac.slice(0, -1);
  try {
    return toMinor(frac ? `${m[1]}.${frac}` : m[1], minorUnits);
  } catch (err) {
    if (err instanceof MoneyError) throw new AmountError(err.message);
    throw err;
  }
}

/** Raw bank text → minor units in one step. */
export function parseAmount(raw: string, minorUnits: number, format: NumberFormat = POINT): bigint {
  return decimalToMinor(canonicalDecimal(raw, format), minorUnits);
}
