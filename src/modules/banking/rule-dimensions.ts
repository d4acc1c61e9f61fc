import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { listDimensions } from '../ledger/index.ts';

type Issue = { path: string; message: string };

/**
 * Checks dimension value ids given to a rule or to an entry from a statement line: each must be an
 * active value of an active dimension, at most one per dimension. Returns the ids as given (sorted
 * by slot) and pushes one issue per refusal (`dimensions.1`).
 */
export async function checkDimensions(db: CompanyDb, ids: string[] | undefined, issues: Issue[]): Promise<string[]> {
  if (!ids || ids.length === 0) return [];
  const dims = await listDimensions(db);
  const seen = new Set<string>();
  const slotOf = new Map<string, number>();
  ids.forEach((id, i) => {
    const dim = dims.find((d) => d.values.some((v) => v.id === id));
    const value = dim?.values.find((v) => v.id === id);
    if (!dim || !value) issues.push({ path: `dimensions.${i}`, message: 'No such dimension value' });
    else if (!dim.active || !value.active) issues.push({ path: `dimensions.${i}`, message: `${dim.code}/${value.code} is archived` });
    else if (seen.has(dim.id)) issues.push({ path: `dimensions.${i}`, message: `Two values of ${dim.code}: give at most one per dimension` });
    else {
      seen.add(dim.id);
      slotOf.set(id, dim.slot);
    }
  });
  return [...ids].sort((a, b) => (slotOf.get(a) ?? 0) - (slotOf.get(b) ?? 0));
}

/** The stored JSON column back as ids. */
export const dimensionsOf = (stored: string | null | undefined): string[] => (stored ? (JSON.parse(stored) as string[]) : []);
