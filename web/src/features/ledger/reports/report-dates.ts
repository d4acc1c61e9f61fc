/** Calendar arithmetic on YYYY-MM-DD strings (UTC, so no time zone shifts a day). */
const utc = (date: string) => new Date(`${date}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

export const monthStart = (date: string) => `${date.slice(0, 7)}-01`;

export function monthEnd(date: string): string {
  const d = utc(monthStart(date));
  d.setUTCMonth(d.getUTCMonth() + 1);
  d.setUTCDate(0);
  return iso(d);
}

export function dayBefore(date: string): string {
  const d = utc(date);
  d.setUTCDate(d.getUTCDate() - 1);
  return iso(d);
}

/** `2026-03-01…2026-03-31` read as a range, or `… 2026-03-31` when it has no start. */
export const rangeText = (from: string | null | undefined, to: string) => (from ? `${from} – ${to}` : `… ${to}`);
