import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { CompanyDb } from '../db/company-scope.ts';
import { AppError } from '../errors.ts';
import type { AppEnv } from '../http/app-env.ts';
import { defineRoute, idParams } from '../http/define-route.ts';
import type { Platform } from '../platform.ts';
import { countUnread } from './count-unread.ts';
import { listNotifications } from './list-notifications.ts';
import { markAllRead } from './mark-all-read.ts';
import { markRead } from './mark-read.ts';
import { listNotificationsQuery, notificationPageSchema, unreadCountSchema } from './notifications.schemas.ts';

const tags = ['Notifications'];

/**
 * Every route reads and changes only the signed-in user's own notifications in their current company,
 * so 'authenticated' is the whole permission: the user comes from the session, never from the request.
 */
function own(c: Context<AppEnv>): { db: CompanyDb; userId: string } {
  const actor = c.get('actor');
  const db = c.get('db');
  if (!actor?.userId) throw new AppError('FORBIDDEN', 'Notifications belong to a user');
  if (!db) throw new AppError('FORBIDDEN', 'No current company');
  return { db, userId: actor.userId };
}

export function notificationsRoutes(p: Platform) {
  return new OpenAPIHono<AppEnv>()
    .openapi(
      defineRoute({
        method: 'get',
        path: '/notifications',
        permission: 'authenticated',
        summary: 'My notifications, newest first',
        tags,
        query: listNotificationsQuery,
        response: notificationPageSchema,
      }),
      async (c) => {
        const { db, userId } = own(c);
        const q = c.req.valid('query');
        return c.json(await listNotifications(db, { userId, page: q.page, pageSize: q.pageSize, unreadOnly: q.unread === 'true' }), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/notifications/unread-count',
        permission: 'authenticated',
        summary: 'How many of my notifications are unread',
        tags,
        response: unreadCountSchema,
      }),
      async (c) => {
        const { db, userId } = own(c);
        return c.json({ count: await countUnread(db, { userId }) }, 200);
      },
    )
    .openapi(
      defineRoute({ method: 'post', path: '/notifications/read-all', permission: 'authenticated', summary: 'Mark all my notifications read', tags }),
      async (c) => {
        const { db, userId } = own(c);
        await markAllRead(db, { clock: p.clock, userId });
        return c.body(null, 204);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/notifications/{id}/read',
        permission: 'authenticated',
        summary: 'Mark one of my notifications read',
        tags,
        params: idParams,
      }),
      async (c) => {
        const { db, userId } = own(c);
        await markRead(db, { clock: p.clock, userId, id: c.req.valid('param').id });
        return c.body(null, 204);
      },
    );
}
