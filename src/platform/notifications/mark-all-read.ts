import type { Clock } from '../clock.ts';
import type { CompanyDb } from '../db/company-scope.ts';
import { setReadAt } from './notifications.repository.ts';

/** Mark every unread notification of the user in the acting company read; returns how many changed. */
export function markAllRead(db: CompanyDb, opts: { clock: Clock; userId: string }): Promise<number> {
  return setReadAt(db, { userId: opts.userId, at: opts.clock.now().toISOString() });
}
