import type { CompanyDb } from '../db/company-scope.ts';
import { countUserNotifications, findUserNotifications } from './notifications.repository.ts';
import { type NotificationPage, presentNotification } from './notifications.schemas.ts';

export interface ListNotificationsOptions {
  userId: string;
  page?: number;
  /** At most 200. */
  pageSize?: number;
  unreadOnly?: boolean;
}

/** The user's own notifications in the acting company, newest first. */
export async function listNotifications(db: CompanyDb, opts: ListNotificationsOptions): Promise<NotificationPage> {
  const page = Math.max(1, Math.floor(opts.page ?? 1));
  const pageSize = Math.min(200, Math.max(1, Math.floor(opts.pageSize ?? 50)));
  const unreadOnly = opts.unreadOnly ?? false;
  const [rows, total] = await Promise.all([
    findUserNotifications(db, { userId: opts.userId, unreadOnly, limit: pageSize, offset: (page - 1) * pageSize }),
    countUserNotifications(db, { userId: opts.userId, unreadOnly }),
  ]);
  return { items: rows.map(presentNotification), page, pageSize, total };
}
