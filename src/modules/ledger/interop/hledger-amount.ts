/**
 * Amounts as hledger writes them: the commodity before or after the number (`USD 10.00`,
 * `10.00 USD`, `$10.00`, `-$10`, `$-10`), thousands separators (`1,000.50`, or `1.000,50` when the
 * comma comes last), quoted commodities (`"ر.س" 10`). The number stays decimal text: it is turned
 * into minor units by money.ts, never through a float.
 */
export interface ParsedAmount {
  /** The commodity as written; '' when the amount is a bare number. */
  commodity: string;
  /** A plain decimal such as `-1000.50`. */
  quantity: string;
}

const SYMBOLS: Record<string, string> = { $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '﷼': 'SAR', 'ر.س': 'SAR', 'د.إ': 'AED' };

/** The ISO 4217 code of a commodity, or undefined; '' (none) is the base currency. */
export function currencyOf(commodity: string, base: string, known: (code: string) => boolean): string | undefined {
  if (commodity === '') return base;
  if (SYMBOLS[commodity]) return SYMBOLS[commodity];
  return /^[A-Z]{3}$/.test(commodity) && known(commodity) ? commodity : undefined;
}

const NUMBER = /^[+-]?\d[\d,.\u00a0' ]*$|^[+-]?[.,]\d+$/;

/** `1,234.50` → `1234.50`; `1.234,50` → `1234.50`; undefined when it is not a number. */
export function normaliseNumber(text: string): string | undefined {
  let t = text.replace(/[\u00a0' ]/g, '');
  if (!NUMBER.test(t)) return undefined;
  const sign = t.startsWith('-') ? '-' : '';
  t = t.replace(/^[+-]/, '');
  const lastDot = t.lastIndexOf('.');
  const lastComma = t.lastIndexOf(',');
  let decimal: '.' | ',' | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimal = lastDot > lastComma ? '.' : ',';
  else if (lastDot >= 0) decimal = t.indexOf('.') === lastDot ? '.' : null;
  // A lone comma followed by exactly three digits separates thousands (1,000); otherwise it is decimal.
  else if (lastComma >= 0) decimal = t.indexOf(',') === lastComma && t.length - lastComma - 1 !== 3 ? ',' : null;
  const thousands = decimal === ',' ? '.' : ',';
  let [whole, frac] = decimal ? [t.slice(0, t.lastIndexOf(decimal)), t.slice(t.lastIndexOf(decimal) + 1)] : [t, undefined];
  if (decimal === null && t.includes('.')) return undefined;
  const groups = whole.split(thousands);
  if (groups.length > 1 && (groups.slice(1).some((g) => g.length !== 3) || groups[0].length === 0 || groups[0].length > 3)) return undefined;
  whole = groups.join('');
  if (!/^\d*$/.test(whole) || (frac !== undefined && !/^\d+$/.test(frac))) return undefined;
  if (whole === '') whole = '0';
  return `${sign}${whole}${frac !== undefined ? `.${frac}` : ''}`;
}

/** Arabic-Indic and Persian digits, the Arabic decimal and thousands marks → ASCII. */
const asciiDigits = (s: string) =>
  s
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.')
    .replace(/\u066c/g, ',');

/** Parse one amount, or say why not. */
export function parseAmount(text: string): ParsedAmount | { error: string; text: string } {
  let t = asciiDigits(text.trim());
  let sign = '';
  if (t.startsWith('-')) {
    sign = '-';
    t = t.slice(1).trim();
  } else if (t.startsWith('+')) t = t.slice(1).trim();
  let commodity = '';
  let number = t;
  const quoted = /^"([^"]+)"\s*(.*)$/.exec(t) ?? /^(.*?)\s*"([^"]+)"$/.exec(t);
  if (quoted && t.startsWith('"')) [commodity, number] = [quoted[1], quoted[2]];
  else if (quoted) [number, commodity] = [quoted[1], quoted[2]];
  else {
    const before = /^([^\d\s+.,-][^\d\s+-]*)\s*([+-]?[\d.,].*)$/u.exec(t);
    const after = /^([+-]?[\d.,][\d.,\u00a0' ]*?)\s*([^\d\s+.,-][^\d\s]*)$/u.exec(t);
    if (before) [commodity, number] = [before[1], before[2]];
    else if (after) [number, commodity] = [after[1], after[2]];
  }
  const n = normaliseNumber(number.trim());
  if (n === undefined) return { error: `cannot read the amount "${text.trim()}"`, text: text.trim() };
  const negative = (sign === '-') !== n.startsWith('-');
  const abs = n.replace(/^-/, '');
  return { commodity, quantity: negative && /[1-9]/.test(abs) ? `-${abs}` : abs };
}
