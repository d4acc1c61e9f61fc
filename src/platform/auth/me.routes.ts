import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import { recordAudit } from '../audit/record-audit.ts';
import type { CompanyDb } from '../db/company-scope.ts';
import { AppError } from '../errors.ts';
import type { AppEnv } from '../http/app-env.ts';
import { defineRoute, idParams } from '../http/define-route.ts';
import { csrfTokenFor } from '../http/middleware.ts';
import type { Platform } from '../platform.ts';
import { noticeToUser } from '../users/user-notices.ts';
import type { Actor } from './actor.ts';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.ts';
import {
  apiTokenSchema,
  changeEmailSchema,
  changePasswordSchema,
  meSchema,
  newApiTokenSchema,
  reauthSchema,
  recoveryCodesResponse,
  sessionSchema,
  switchCompanySchema,
  totpConfirmSchema,
  totpStartResponse,
  updateMeSchema,
} from './auth.schemas.ts';
import type { AuthTables } from './auth.tables.ts';
import { buildMe } from './build-me.ts';
import { changeEmail, changePassword, confirmTotp, startTotp, switchCompany, turnOffTotp, updateProfile } from './profile.ts';
import { listLiveSessions, revokeSession } from './sessions.ts';
import { findUserById } from './users.repository.ts';

const tags = ['Me'];
const anyStage = ['full', 'mfa', 'enrol_mfa', 'change_password'] as const;

export function meRoutes(p: Platform): OpenAPIHono<AppEnv> {
  const db = p.db as Kysely<AuthTables>;
  const actorOf = (c: { get(k: 'actor'): Actor | undefined }) => c.get('actor') as Actor;
  // biome-ignore lint/suspicious/noExplicitAny: any route's context
  const me = async (c: Context<AppEnv, any, any>) => {
    const hash = c.get('sessionTokenHash');
    return buildMe(p, c.get('actor') as Actor, hash ? csrfTokenFor(p, hash) : null);
  };
  return new OpenAPIHono<AppEnv>()
    .openapi(
      defineRoute({
        method: 'get',
        path: '/me',
        permission: 'authenticated',
        stages: [...anyStage],
        summary: 'Who I am, my company, permissions and navigation',
        tags,
        response: meSchema,
      }),
      async (c) => c.json(await me(c), 200),
    )
    .openapi(
      defineRoute({
        method: 'patch',
        path: '/me',
        permission: 'authenticated',
        stages: ['full', 'change_password', 'enrol_mfa'],
        summary: 'Update my name, language or time zone',
        tags,
        body: updateMeSchema,
        response: meSchema,
      }),
      async (c) => {
        await updateProfile(p, actorOf(c), c.req.valid('json'));
        return c.json(await me(c), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/me/password',
        permission: 'authenticated',
        stages: ['full', 'change_password'],
        summary: 'Change my password (needs the current one)',
        tags,
        body: changePasswordSchema,
      }),
      async (c) => {
        await changePassword(p, actorOf(c), c.req.valid('json'));
        return c.body(null, 204);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/me/email',
        permission: 'authenticated',
        summary: 'Change my e-mail address (needs the current password)',
        tags,
        body: changeEmailSchema,
        response: meSchema,
      }),
      async (c) => {
        await changeEmail(p, actorOf(c), c.req.valid('json'));
        return c.json(await me(c), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/me/company',
        permission: 'authenticated',
        summary: 'Switch my current company',
        tags,
        body: switchCompanySchema,
        response: meSchema,
      }),
      async (c) => {
        const { companyId } = c.req.valid('json');
        await switchCompany(p, actorOf(c), companyId);
        const actor = { ...actorOf(c), companyId };
        return c.json(await buildMe(p, { ...actor, ...(await refreshed(p, actor)) }, csrfTokenFor(p, c.get('sessionTokenHash') as string)), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/me/mfa/totp/start',
        permission: 'authenticated',
        stages: ['full', 'enrol_mfa'],
        summary: 'Begin two-factor enrolment',
        tags,
        body: z.strictObject({ currentPassword: z.string().max(1024).optional() }),
        response: totpStartResponse,
      }),
      async (c) => c.json(await startTotp(p, actorOf(c), c.req.valid('json').currentPassword), 200),
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/me/mfa/totp/confirm',
        permission: 'authenticated',
        stages: ['full', 'enrol_mfa'],
        summary: 'Confirm two-factor enrolment; returns recovery codes once',
        tags,
        body: totpConfirmSchema,
        response: recoveryCodesResponse,
      }),
      async (c) => c.json({ recoveryCodes: await confirmTotp(p, actorOf(c), c.req.valid('json').code) }, 200),
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/me/mfa/disable',
        permission: 'authenticated',
        summary: 'Turn two-factor sign-in off (needs the current password)',
        tags,
        body: reauthSchema,
      }),
      async (c) => {
        await turnOffTotp(p, actorOf(c), c.req.valid('json').currentPassword);
        return c.body(null, 204);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/me/sessions',
        permission: 'authenticated',
        summary: 'My signed-in sessions',
        tags,
        response: z.object({ items: z.array(sessionSchema) }),
      }),
      async (c) => {
        const actor = actorOf(c);
        const rows = await listLiveSessions(db, p.clock, actor.userId as string);
        const items = rows.map((s) => ({
          id: s.id,
          current: s.id === actor.sessionId,
          createdAt: s.created_at,
          lastSeenAt: s.last_seen_at,
          ip: s.ip,
          userAgent: s.user_agent,
        }));
        return c.json({ items }, 200);
      },
    )
    .openapi(
      defineRoute({ method: 'delete', path: '/me/sessions/{id}', permission: 'authenticated', summary: 'Sign out one of my sessions', tags, params: idParams }),
      async (c) => {
        const actor = actorOf(c);
        const { id } = c.req.valid('param');
        if (!(await revokeSession(db, p.clock, id, actor.userId as string))) throw new AppError('NOT_FOUND');
        await recordAudit(p.db, p.clock, actor, { action: 'auth.session_revoked', targetType: 'session', targetId: id });
        return c.body(null, 204);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/me/tokens',
        permission: 'authenticated',
        summary: 'My API tokens in the current company',
        tags,
        response: z.object({ items: z.array(apiTokenSchema) }),
      }),
      async (c) => {
        const actor = actorOf(c);
        if (!actor.companyId) return c.json({ items: [] }, 200);
        return c.json({ items: await listApiTokens(c.get('db') as CompanyDb, actor.userId as string) }, 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/me/tokens',
        permission: 'authenticated',
        summary: 'Create an API token (shown once)',
        tags,
        body: newApiTokenSchema,
        response: z.object({ token: z.string(), item: apiTokenSchema }),
        status: 201,
      }),
      async (c) => {
        const actor = actorOf(c);
        if (!actor.companyId || actor.via !== 'session') throw new AppError('FORBIDDEN', 'API tokens are created from a signed-in session in a company');
        const result = await createApiToken(c.get('db') as CompanyDb, p.clock, actor, c.req.valid('json'));
        const owner = await findUserById(db, actor.userId as string);
        if (owner) await noticeToUser(p, c.get('db') as CompanyDb, owner, 'tokenCreated', { name: result.item.name });
        await recordAudit(p.db, p.clock, actor, {
          action: 'auth.token_created',
          targetType: 'api_token',
          targetId: result.item.id,
          summary: { name: result.item.name, permissions: result.item.permissions },
        });
        return c.json(result, 201);
      },
    )
    .openapi(
      defineRoute({ method: 'delete', path: '/me/tokens/{id}', permission: 'authenticated', summary: 'Revoke one of my API tokens', tags, params: idParams }),
      async (c) => {
        const actor = actorOf(c);
        if (!actor.companyId) throw new AppError('NOT_FOUND');
        const { id } = c.req.valid('param');
        await revokeApiToken(c.get('db') as CompanyDb, p.clock, actor.userId as string, id);
        await recordAudit(p.db, p.clock, actor, { action: 'auth.token_revoked', targetType: 'api_token', targetId: id });
        return c.body(null, 204);
      },
    );
}

/** Permissions and roles after a company switch, so the answer reflects the new company. */
async function refreshed(p: Platform, actor: Actor) {
  const { rolesOfUserInCompany } = await import('./roles.repository.ts');
  const roles = await rolesOfUserInCompany(p.db as Kysely<AuthTables>, actor.userId as string, actor.companyId as string);
  return { roles: roles.map((r) => r.key), permissions: new Set(roles.flatMap((r) => r.permissions)) };
}
