/** Kysely types of the notification table: company-owned, one row per in-app notification. */
export interface NotificationTable {
  id: string;
  company_id: string;
  /** The recipient; only they ever see or change the row. */
  user_id: string;
  title: string;
  body: string;
  /** An in-app path such as `/ledger/entries/…`, or null. */
  link: string | null;
  created_at: string;
  /** Null while unread. */
  read_at: string | null;
}

export interface NotificationsTables {
  notification: NotificationTable;
}

export type NotificationRow = NotificationTable;
