import type { Clock } from '../clock.ts';
import type { CompanyDb } from '../db/company-scope.ts';
import { AppError } from '../errors.ts';
import { findUserNotification, setReadAt } from './notifications.repository.ts';

/**
 * Mark one of the user's notifications read. Another user's notification is NOT_FOUND, exactly like
 * one that does not exist, so its existence is not revealed. Marking it again keeps the first read time.
 */
export async function markRead(db: CompanyDb, opts: { clock: Clock; userId: string; id: string }): Promise<void> {
  const found = await findUserNotification(db, { userId: opts.userId, id: opts.id });
  if (!found) throw new AppError('NOT_FOUND', 'No such notification');
  await setReadAt(db, { userId: opts.userId, id: opts.id, at: opts.clock.now().toISOString() });
}
