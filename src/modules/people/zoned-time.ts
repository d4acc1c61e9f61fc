/** Wall-clock arithmetic in IANA time zones with Intl only (no time-zone library on the server). */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

function wallParts(instant: Date, timeZone: string): { date: string; minute: number } {
  const p = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((x) => [x.type, x.value]),
  );
  return { date: `${p.year}-${p.month}-${p.day}`, minute: Number(p.hour) * 60 + Number(p.minute) };
}

// Zone offsets change only on quarter-hour boundaries: one Intl call per zone and quarter hour.
const QUARTER = 900_000;
const offsets = new Map<string, number>();

function quarterOffset(instant: Date, timeZone: string): number {
  const q = Math.floor(instant.getTime() / QUARTER);
  const key = `${timeZone}|${q}`;
  let off = offsets.get(key);
  if (off === undefined) {
    const at = new Date(q * QUARTER);
    const { date, minute } = wallParts(at, timeZone);
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    off = Math.round((Date.UTC(y, m - 1, d) + minute * 60_000 - at.getTime()) / 60_000);
    if (offsets.size > 200_000) offsets.clear();
    offsets.set(key, off);
  }
  return off;
}

/** The local date (YYYY-MM-DD) and minute of the day of an instant in a time zone. */
export function localParts(instant: Date, timeZone: string): { date: string; minute: number } {
  const wall = new Date(Math.floor(instant.getTime() / 60_000) * 60_000 + quarterOffset(instant, timeZone) * 60_000);
  return { date: wall.toISOString().slice(0, 10), minute: wall.getUTCHours() * 60 + wall.getUTCMinutes() };
}

/** Minutes the zone is ahead of UTC at an instant (Berlin in summer: 120). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const { date, minute } = localParts(instant, timeZone);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d) + minute * 60_000;
  return Math.round((wall - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/** The UTC instant of a wall-clock time (minute of the day) on a local date; a time skipped by a DST change moves forward. */
export function zonedToUtc(date: string, minute: number, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d) + minute * 60_000;
  let guess = wall - offsetMinutes(new Date(wall), timeZone) * 60_000;
  const again = wall - offsetMinutes(new Date(guess), timeZone) * 60_000;
  if (again !== guess) guess = Math.max(again, guess);
  return new Date(guess);
}

export const hhmmToMinute = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));
export const minuteToHhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** Calendar dates from..to inclusive (YYYY-MM-DD). */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

export const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
export const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
