import { i18n } from '../i18n';

/** The BCP 47 locale for Intl. Plain `ar` keeps Latin digits, which the business prefers on screen. */
export function currentLocale(): string {
  return i18n.language === 'ar' ? 'ar' : 'en';
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(currentLocale(), options).format(value);
}

function toDate(value: string | number | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatDateTime(value: string | number | Date | null | undefined, timeZone?: string): string {
  if (value === null || value === undefined) return '—';
  const date = toDate(value);
  if (!date) return String(value);
  return new Intl.DateTimeFormat(currentLocale(), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(date);
}

export function formatDate(value: string | number | Date | null | undefined, timeZone?: string): string {
  if (value === null || value === undefined) return '—';
  const date = toDate(value);
  if (!date) return String(value);
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeZone }).format(date);
}

/** Weekday name for a day index where 0 is Sunday, as the API's workWeek uses. */
export function weekdayName(day: number, width: 'long' | 'short' = 'long'): string {
  // 2024-01-07 was a Sunday.
  const date = new Date(Date.UTC(2024, 0, 7 + day, 12));
  return new Intl.DateTimeFormat(currentLocale(), { weekday: width, timeZone: 'UTC' }).format(date);
}

export function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['UTC'];
  }
}

export function currencyCodes(): string[] {
  try {
    return Intl.supportedValuesOf('currency');
  } catch {
    return ['SAR', 'USD', 'EUR'];
  }
}
