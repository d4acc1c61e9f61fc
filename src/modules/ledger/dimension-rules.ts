import type { DimensionValueFacts } from './dimensions.repository.ts';
import { type DimSet, type Issue, type MinorLine, NO_DIMS } from './journal-entry.ts';
import { issueAt } from './refusals.ts';

/**
 * Pure rules of dimensions on lines. A line names up to three dimension values; each goes to its
 * dimension's slot, so at most one value per dimension. Unknown values (including another
 * company's: the scoped handle finds none) are named by line.
 */
export function toDimSet(ids: readonly string[] | undefined, facts: ReadonlyMap<string, DimensionValueFacts>, path: string): { dims: DimSet; issues: Issue[] } {
  const slots: [string | null, string | null, string | null] = [null, null, null];
  const issues: Issue[] = [];
  for (const id of ids ?? []) {
    const v = facts.get(id);
    if (!v) {
      issues.push(issueAt(path, 'ledger.dimension_value_not_found', { id }));
      continue;
    }
    if (slots[v.slot - 1] !== null) {
      issues.push(issueAt(path, 'ledger.dimension_twice', { dimension: v.dimensionCode }));
      continue;
    }
    slots[v.slot - 1] = id;
  }
  return { dims: slots, issues };
}

/** At posting: every dimension value on a line must still exist and be active, with its dimension. */
export function dimensionIssues(lines: MinorLine[], facts: ReadonlyMap<string, DimensionValueFacts>): Issue[] {
  const issues: Issue[] = [];
  lines.forEach((l, i) => {
    for (const id of l.dims ?? []) {
      if (id === null) continue;
      const v = facts.get(id);
      if (!v) issues.push(issueAt(`lines.${i}.dimensions`, 'ledger.dimension_value_not_found', { id }));
      else if (!v.active) issues.push(issueAt(`lines.${i}.dimensions`, 'ledger.dimension_value_archived', { dimension: v.dimensionCode, value: v.code }));
    }
  });
  return issues;
}

export const dimIds = (lines: MinorLine[]): string[] => lines.flatMap((l) => l.dims ?? NO_DIMS).filter((d): d is string => d !== null);
