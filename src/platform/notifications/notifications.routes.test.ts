import { OpenAPIHono } from '@hono/zod-openapi';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import type { Actor } from '../auth/actor.ts';
import { ManualClock } from '../clock.ts';
import { AppError } from '../errors.ts';
import type { AppEnv } from '../http/app-env.ts';
import { toAppError } from '../http/error-handler.ts';
import type { Platform } from '../platform.ts';
import { notificationsRoutes } from './notifications.routes.ts';
import { ALICE, BOB, COMPANY_A, type NotificationsFixture, notificationsFixture } from './notifications.test-fixture.ts';
import { notifyUser } from './notify-user.ts';

/** The notification routes behind a stand-in for the auth middleware: header `x-user` names the actor. */
function testApp(f: NotificationsFixture, clock: ManualClock) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw new AppError('VALIDATION', 'Invalid input');
    },
  });
  app.onError((err, c) => {
    const e = toAppError(err);
    return c.json({ error: { code: e.code, message: e.message } }, e.status as 400);
  });
  app.use('*', async (c, next) => {
    const userId = c.req.header('x-user');
    if (userId) {
      const actor: Actor = { userId, label: userId, companyId: COMPANY_A, permissions: new Set(), roles: ['employee'], via: 'session', stage: 'full' };
      c.set('actor', actor);
      c.set('db', f.forCompany(COMPANY_A));
    }
    await next();
  });
  const routes: OpenAPIHono<AppEnv> = notificationsRoutes({ clock } as unknown as Platform);
  app.route('/api/v1', routes);
  return app;
}

describe.each(DIALECTS)('notification routes on %s', (dialect) => {
  let f: NotificationsFixture;
  let clock: ManualClock;
  let app: ReturnType<typeof testApp>;
  const as = (user: string, method = 'GET') => ({ method, headers: { 'x-user': user } });
  beforeAll(async () => {
    f = await notificationsFixture(dialect);
  });
  afterAll(async () => f.t.destroy());
  beforeEach(async () => {
    await f.t.db.deleteFrom('notification').execute();
    clock = new ManualClock();
    app = testApp(f, clock);
  });

  it("lists, counts and marks the signed-in user's notifications", async () => {
    const a = f.forCompany(COMPANY_A);
    const first = await notifyUser(a, { clock, emailEnabled: false }, { userId: ALICE, title: 'One', body: 'b1', link: '/x' });
    clock.advance(1000);
    await notifyUser(a, { clock, emailEnabled: false }, { userId: ALICE, title: 'Two', body: 'b2' });
    const bobs = await notifyUser(a, { clock, emailEnabled: false }, { userId: BOB, title: 'Bob', body: 'b' });

    let res = await app.request('/api/v1/notifications?page=1&pageSize=1', as(ALICE));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      items: [{ id: expect.any(String), title: 'Two', body: 'b2', link: null, createdAt: '2026-01-15T09:00:01.000Z', readAt: null }],
      page: 1,
      pageSize: 1,
      total: 2,
    });
    res = await app.request('/api/v1/notifications/unread-count', as(ALICE));
    expect(await res.json()).toEqual({ count: 2 });

    res = await app.request(`/api/v1/notifications/${first.id}/read`, as(ALICE, 'POST'));
    expect(res.status).toBe(204);
    res = await app.request('/api/v1/notifications?unread=true', as(ALICE));
    expect(((await res.json()) as { items: { title: string }[] }).items.map((n) => n.title)).toEqual(['Two']);

    // Bob's notification is not Alice's to read: 404, and it stays unread.
    res = await app.request(`/api/v1/notifications/${bobs.id}/read`, as(ALICE, 'POST'));
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');

    res = await app.request('/api/v1/notifications/read-all', as(ALICE, 'POST'));
    expect(res.status).toBe(204);
    expect(await (await app.request('/api/v1/notifications/unread-count', as(ALICE))).json()).toEqual({ count: 0 });
    expect(await (await app.request('/api/v1/notifications/unread-count', as(BOB))).json()).toEqual({ count: 1 });
  });

  it('refuses the anonymous and bad input', async () => {
    expect((await app.request('/api/v1/notifications')).status).toBe(401);
    expect((await app.request('/api/v1/notifications/read-all', { method: 'POST' })).status).toBe(401);
    expect((await app.request('/api/v1/notifications/not-a-uuid/read', as(ALICE, 'POST'))).status).toBe(400);
    expect((await app.request('/api/v1/notifications?pageSize=500', as(ALICE))).status).toBe(400);
    expect((await app.request('/api/v1/notifications?unread=maybe', as(ALICE))).status).toBe(400);
  });

  it('declares every route as open to any signed-in user for their own notifications', () => {
    const doc = app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 't', version: '1' } });
    const ops = Object.values(doc.paths ?? {}).flatMap((item) => Object.values(item as Record<string, { 'x-permission'?: string }>));
    expect(ops).toHaveLength(4);
    expect(ops.every((op) => op['x-permission'] === 'authenticated')).toBe(true);
  });
});
