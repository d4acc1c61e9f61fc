import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import { closedReason } from '../ledger/index.ts';

/** A dated line a change would touch: the request field naming it, its id and its date. */
export interface DatedLine {
  path: string;
  id: string;
  date: string;
}

/**
 * Refuse (PERIOD_LOCKED) a change touching a line dated on or before the ledger's lock date or in a
 * closed period: the message names the line, its date and why; `details` gives the field (`path`),
 * the line, the date and the reason. Each distinct date is asked of the ledger once, earliest first.
 */
export async function refuseClosedDates(db: CompanyDb, lines: DatedLine[], action: string): Promise<void> {
  const byDate = new Map<string, DatedLine>();
  for (const l of lines) if (!byDate.has(l.date)) byDate.set(l.date, l);
  for (const date of [...byDate.keys()].sort()) {
    const reason = await closedReason(db, date);
    if (!reason) continue;
    const l = byDate.get(date) as DatedLine;
    throw new AppError('PERIOD_LOCKED', `${reason}: ${action} (${l.path} ${l.id} is dated ${date})`, { path: l.path, lineId: l.id, date, reason });
  }
}

/** Of these dates, those closed in the ledger (asked once each). */
export async function closedDates(db: CompanyDb, dates: Iterable<string>): Promise<Set<string>> {
  const closed = new Set<string>();
  for (const date of new Set(dates)) if (await closedReason(db, date)) closed.add(date);
  return closed;
}
