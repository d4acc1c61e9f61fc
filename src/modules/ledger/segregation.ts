import type { Actor } from '../../platform/auth/actor.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import type { EntryTable } from './ledger.tables.ts';
import { getLedgerSettings } from './ledger-settings.repository.ts';
import { refuse } from './refusals.ts';

/** Who a person is for the rule: the user, or the label of an actor without one (the CLI operator). */
const who = (id: string | null, label: string) => id ?? `label:${label}`;

/**
 * Segregation of duties, when the company turns it on: the poster of a manual entry must not be its
 * author. Refused as CONFLICT naming the rule. Entries the ledger makes itself (reversals,
 * revaluation, year-end, imports and other modules' postings) are not manual and are not checked.
 */
export async function assertSegregation(db: CompanyDb, actor: Actor, entry: Pick<EntryTable, 'author_id' | 'author_label'>): Promise<void> {
  if (!(await getLedgerSettings(db)).segregationOfDuties) return;
  if (who(entry.author_id, entry.author_label) !== who(actor.userId, actor.label)) return;
  throw refuse('CONFLICT', 'ledger.segregation_of_duties', undefined, { rule: 'segregation_of_duties', author: entry.author_label });
}
