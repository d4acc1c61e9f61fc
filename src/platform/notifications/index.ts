import type { KawalisModule } from '../module.ts';
import { mailerFromConfig } from './mailer.ts';
import { notificationsMigration001 } from './migrations/001-notification.ts';
import { notificationsRoutes } from './notifications.routes.ts';
import { NOTIFICATION_EMAIL_JOB } from './notify-user.ts';
import { sendNotificationEmail } from './send-notification-email.ts';

export { countUnread } from './count-unread.ts';
export { type ListNotificationsOptions, listNotifications } from './list-notifications.ts';
export { createMailer, type Mailer, type MailerOptions, type MailMessage, mailerFromConfig } from './mailer.ts';
export { markAllRead } from './mark-all-read.ts';
export { markRead } from './mark-read.ts';
export {
  type Notification,
  type NotificationPage,
  type NotifyUserInput,
  notificationSchema,
  notifyUserSchema,
} from './notifications.schemas.ts';
export type { NotificationRow, NotificationsTables } from './notifications.tables.ts';
export { NOTIFICATION_EMAIL_JOB, type NotificationEmailPayload, type NotifyContext, notifyUser } from './notify-user.ts';
export { emailText, sendNotificationEmail } from './send-notification-email.ts';

/**
 * In-app notifications (company-owned, private to their user) and their e-mail copies, sent by the
 * `notification.email` job through the SMTP server in SMTP_URL. Needs the jobs module registered
 * before it (the e-mail is a job) and the company table.
 */
export const notificationsModule: KawalisModule = {
  name: 'notifications',
  migrations: { '001-notification': notificationsMigration001 },
  companyTables: ['notification'],
  routes: notificationsRoutes,
  jobs: {
    [NOTIFICATION_EMAIL_JOB]: ({ platform, payload }) =>
      sendNotificationEmail(mailerFromConfig(platform.config), payload, { publicUrl: platform.config.PUBLIC_URL }),
  },
};
