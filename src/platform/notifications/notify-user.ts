import type { Clock } from '../clock.ts';
import type { CompanyDb } from '../db/company-scope.ts';
import { inTransaction } from '../db/transaction.ts';
import { newId } from '../ids.ts';
import { enqueueJob } from '../jobs/index.ts';
import { insertNotification } from './notifications.repository.ts';
import { type NotifyUserInput, notifyUserSchema, parseInput } from './notifications.schemas.ts';
import type { NotificationRow } from './notifications.tables.ts';

export const NOTIFICATION_EMAIL_JOB = 'notification.email';

/** The payload of a `notification.email` job. */
export interface NotificationEmailPayload {
  notificationId: string;
  to: string;
  title: string;
  body: string;
  link: string | null;
}

export interface NotifyContext {
  clock: Clock;
  /** True when a mailer is configured (SMTP_URL): only then is an e-mail queued. */
  emailEnabled: boolean;
}

/**
 * Tell a user something: an in-app notification in the acting company and, when a mailer is
 * configured and the caller knows the user's address, an e-mail sent later by a job. Both are written
 * in one transaction (the caller's, when `db` is one), so the e-mail exists exactly when the
 * notification does; the job's unique key means one e-mail per notification at most.
 */
export async function notifyUser(db: CompanyDb, ctx: NotifyContext, input: NotifyUserInput): Promise<NotificationRow> {
  const data = parseInput(notifyUserSchema, input);
  const now = ctx.clock.now();
  // A transaction opened on a company-scoped handle stays scoped.
  return inTransaction(db, async (trx) => {
    const row = await insertNotification(trx as unknown as CompanyDb, {
      id: newId(now.getTime()),
      user_id: data.userId,
      title: data.title,
      body: data.body,
      link: data.link ?? null,
      created_at: now.toISOString(),
      read_at: null,
    });
    if (ctx.emailEnabled && data.email) {
      const payload: NotificationEmailPayload = { notificationId: row.id, to: data.email, title: row.title, body: row.body, link: row.link };
      await enqueueJob(trx, ctx.clock, { kind: NOTIFICATION_EMAIL_JOB, payload, companyId: row.company_id, uniqueKey: `${NOTIFICATION_EMAIL_JOB}:${row.id}` });
    }
    return row;
  });
}
