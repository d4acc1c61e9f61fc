import type { CompanyDb } from '../db/company-scope.ts';
import { countUserNotifications } from './notifications.repository.ts';

/** How many of the user's notifications in the acting company are unread (the bell's badge). */
export function countUnread(db: CompanyDb, opts: { userId: string }): Promise<number> {
  return countUserNotifications(db, { userId: opts.userId, unreadOnly: true });
}
