import { z } from '@hono/zod-openapi';
import { ZodError } from 'zod';
import { AppError } from '../errors.ts';
import { pageOf, pageQuery } from '../http/define-route.ts';
import type { NotificationRow } from './notifications.tables.ts';

/** A link in a notification leads inside Kawalis only (a path, never `//host`), so it cannot send a user to another site. */
export const inAppLink = z
  .string()
  .max(2000)
  .regex(/^\/(?!\/)/, 'Must be a path inside Kawalis, starting with /');

export const notifyUserSchema = z
  .object({
    userId: z.string().min(1),
    /** The recipient's address, from the caller; with none, there is no e-mail. */
    email: z.email().optional(),
    title: z.string().trim().min(1).max(200),
    body: z.string().max(4000),
    link: inAppLink.optional(),
  })
  .strict();
export type NotifyUserInput = z.input<typeof notifyUserSchema>;

export const notificationSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    body: z.string(),
    link: z.string().nullable(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .openapi('Notification');
export type Notification = z.infer<typeof notificationSchema>;

export const listNotificationsQuery = pageQuery.extend({
  unread: z.enum(['true', 'false']).optional(),
});

export const notificationPageSchema = pageOf(notificationSchema).openapi('NotificationPage');
export type NotificationPage = z.infer<typeof notificationPageSchema>;

export const unreadCountSchema = z.object({ count: z.number().int() }).openapi('UnreadCount');

export const presentNotification = (r: NotificationRow): Notification => ({
  id: r.id,
  title: r.title,
  body: r.body,
  link: r.link,
  createdAt: r.created_at,
  readAt: r.read_at,
});

/** Parse at the module boundary; a failure is a VALIDATION error naming each field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  try {
    return schema.parse(input);
  } catch (e) {
    if (e instanceof ZodError) {
      throw new AppError(
        'VALIDATION',
        'Invalid input',
        e.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      );
    }
    throw e;
  }
}
