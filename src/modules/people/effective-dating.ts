/**
 * Effective-dated history: each record holds from its effective date until the next record's. A
 * change is a new record, never an edit of an old one, so the past stays as it was recorded.
 */
export interface Dated {
  effectiveDate: string;
}

/** The record in effect on `date` (the latest one dated on or before it), if any. */
export function inEffectOn<T extends Dated>(records: readonly T[], date: string): T | undefined {
  let found: T | undefined;
  for (const r of records) {
    if (r.effectiveDate <= date && (!found || r.effectiveDate >= found.effectiveDate)) found = r;
  }
  return found;
}

/** Records oldest first, each with the day its successor starts (`until`, exclusive) or null while current. */
export function timeline<T extends Dated>(records: readonly T[]): (T & { until: string | null })[] {
  const sorted = [...records].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
  return sorted.map((r, i) => ({ ...r, until: sorted[i + 1]?.effectiveDate ?? null }));
}

/** Why a new record from `date` cannot join the history, or undefined when it can. */
export function datingProblem(history: readonly Dated[], date: string, hireDate: string): string | undefined {
  if (date < hireDate) return `The change takes effect before the hire date (${hireDate})`;
  if (history.some((r) => r.effectiveDate === date)) return `A record from ${date} exists; record the change from another date`;
  return undefined;
}
