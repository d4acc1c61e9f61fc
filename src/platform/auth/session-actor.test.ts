import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, Browser, createTestApp, PASSWORD, setupAdmin, type TestApp } from '../../../test/app-fixture.ts';
import { DIALECTS } from '../../../test/dialects.ts';
import type { Platform } from '../platform.ts';
import type { Stage } from './actor.ts';
import { type AuthTables, bool } from './auth.tables.ts';
import { actorFromSession } from './resolve-actor.ts';
import { rolesOfUserInCompany } from './roles.repository.ts';
import { createSession, findLiveSession } from './sessions.ts';
import { findUserById } from './users.repository.ts';

type Db = Kysely<AuthTables>;

/** The three-query resolution this replaced (session, then user, then roles), as it was. */
async function threeQueries(p: Platform, token: string) {
  const db = p.db as Db;
  const timeouts = { idleMinutes: p.config.SESSION_IDLE_MINUTES, absoluteMinutes: p.config.SESSION_ABSOLUTE_MINUTES };
  const session = await findLiveSession(db, p.clock, timeouts, token);
  if (!session) return undefined;
  const user = await findUserById(db, session.user_id);
  if (!user || !bool(user.active)) return undefined;
  const roles = session.company_id ? await rolesOfUserInCompany(db, user.id, session.company_id) : [];
  const companyId = roles.length ? session.company_id : null;
  let stage = session.stage as Stage;
  if (stage === 'full' && bool(user.must_change_password)) stage = 'change_password';
  return {
    userId: user.id,
    label: user.email,
    companyId,
    permissions: [...new Set(roles.flatMap((r) => r.permissions))].sort(),
    roles: roles.map((r) => r.key).sort(),
    stage,
  };
}

/** One-query resolution, in the same shape. */
async function oneQuery(p: Platform, token: string) {
  const found = await actorFromSession(p, token, {});
  if (!found) return undefined;
  const a = found.actor;
  expect(a.sessionId).toBe(found.session.id);
  return { userId: a.userId, label: a.label, companyId: a.companyId, permissions: [...a.permissions].sort(), roles: [...a.roles].sort(), stage: a.stage };
}

const tokenOf = (b: Browser) => b.cookie.split('=')[1];

describe.each(DIALECTS)('who a session acts as, in one query, on %s', (dialect) => {
  let ctx: TestApp;
  let admin: Browser;
  beforeAll(async () => {
    ctx = await createTestApp(dialect);
    ({ admin } = await setupAdmin(ctx.app));
  });
  afterAll(async () => ctx.close());

  /** Both resolutions agree; returns the one-query answer. */
  const resolve = async (token: string) => {
    const now = await oneQuery(ctx.p, token);
    expect(now).toEqual(await threeQueries(ctx.p, token));
    return now;
  };

  it('matches the three queries for several roles, and a role change shows on the next request', async () => {
    const { browser: fin, user } = await addUser(ctx.app, admin, 'fin@acme.test', ['finance', 'analyst']);
    const before = await resolve(tokenOf(fin));
    expect(before?.roles).toEqual(['analyst', 'finance']);
    expect(before?.permissions).toContain('ledger.post');
    expect(before?.companyId).toBeTruthy();
    const roles = (await admin.get('/api/v1/roles')).body.items as { id: string; key: string }[];
    const analyst = roles.filter((r) => r.key === 'analyst').map((r) => r.id);
    expect((await admin.patch(`/api/v1/users/${user.id}`, { roleIds: analyst })).status).toBe(200);
    const after = await resolve(tokenOf(fin));
    expect(after?.roles).toEqual(['analyst']);
    expect(after?.permissions).not.toContain('ledger.post');
    expect((await fin.post('/api/v1/ledger/entries/post-new', {})).status).toBe(403);
    // every role in the company gone (the API keeps one; a direct removal stands for any other way): no company any more
    await (ctx.p.db as Db).deleteFrom('user_role').where('user_id', '=', user.id).execute();
    const none = await resolve(tokenOf(fin));
    expect(none).toMatchObject({ companyId: null, roles: [], permissions: [], stage: 'full' });
  });

  it('sign-out, a password change elsewhere and disabling the user end the session on the next request', async () => {
    const { browser: a, user } = await addUser(ctx.app, admin, 'ops@acme.test', ['finance']);
    const b = new Browser(ctx.app);
    await b.login('ops@acme.test');
    expect(await resolve(tokenOf(b))).toMatchObject({ label: 'ops@acme.test' });
    const signedOut = tokenOf(b);
    const out = await b.post('/api/v1/auth/logout');
    expect(out.status, JSON.stringify(out.body)).toBe(204);
    expect(await resolve(signedOut)).toBeUndefined();
    // a password change ends the user's other sessions
    const c = new Browser(ctx.app);
    await c.login('ops@acme.test');
    expect(await resolve(tokenOf(c))).toBeDefined();
    const changed = await a.post('/api/v1/me/password', { currentPassword: PASSWORD, newPassword: `${PASSWORD} again` });
    expect(changed.status, JSON.stringify(changed.body)).toBe(204);
    expect(await resolve(tokenOf(c))).toBeUndefined();
    expect(await resolve(tokenOf(a))).toBeDefined();
    expect((await admin.post(`/api/v1/users/${user.id}/disable`)).status).toBe(200);
    expect(await resolve(tokenOf(a))).toBeUndefined();
    expect((await a.get('/api/v1/me')).status).toBe(401);
  });

  it('ends idle and expired sessions, writes last-seen at most once a minute, and knows sessions without a company', async () => {
    const { browser: u, user } = await addUser(ctx.app, admin, 'idle@acme.test', ['analyst']);
    const token = tokenOf(u);
    const lastSeen = async () =>
      (
        await (ctx.p.db as Db)
          .selectFrom('session')
          .select('last_seen_at')
          .where('token_hash', '=', (await actorFromSession(ctx.p, token, {}))?.session.token_hash ?? '')
          .executeTakeFirst()
      )?.last_seen_at;
    const seen = await lastSeen();
    ctx.clock.advance(30_000);
    expect(await lastSeen()).toBe(seen);
    ctx.clock.advance(61_000);
    expect(await lastSeen()).toBe(ctx.clock.now().toISOString());
    ctx.clock.advance(ctx.p.config.SESSION_IDLE_MINUTES * 60_000);
    expect(await resolve(token)).toBeUndefined();
    // a session created without a company (and one past its absolute lifetime)
    const timeouts = { idleMinutes: ctx.p.config.SESSION_IDLE_MINUTES, absoluteMinutes: ctx.p.config.SESSION_ABSOLUTE_MINUTES };
    const bare = await createSession(ctx.p.db as Db, ctx.clock, timeouts, { userId: user.id, companyId: null, stage: 'full' });
    expect(await resolve(bare.token)).toMatchObject({ companyId: null, roles: [], permissions: [] });
    const short = await createSession(ctx.p.db as Db, ctx.clock, { ...timeouts, absoluteMinutes: 1 }, { userId: user.id, companyId: null, stage: 'mfa' });
    expect(await resolve(short.token)).toMatchObject({ stage: 'mfa' });
    ctx.clock.advance(60_000);
    expect(await resolve(short.token)).toBeUndefined();
    expect(await resolve('no-such-token')).toBeUndefined();
  });
});
