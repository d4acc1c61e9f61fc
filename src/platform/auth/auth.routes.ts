import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { recordAudit } from '../audit/record-audit.ts';
import { sha256 } from '../crypto/secret-box.ts';
import { AppError } from '../errors.ts';
import type { AppEnv } from '../http/app-env.ts';
import { clearSessionCookie, clientIp, setSessionCookie } from '../http/cookies.ts';
import { defineRoute } from '../http/define-route.ts';
import { csrfTokenFor } from '../http/middleware.ts';
import type { Platform } from '../platform.ts';
import { loginSchema, meSchema, mfaSchema, setupSchema, stageResponse } from './auth.schemas.ts';
import type { AuthTables } from './auth.tables.ts';
import { buildMe } from './build-me.ts';
import { completeMfa } from './complete-mfa.ts';
import { login } from './login.ts';
import { actorFromSession } from './resolve-actor.ts';
import { createSession, revokeSession, revokeUserSessions } from './sessions.ts';
import { isSetupNeeded, setupKawalis } from './setup.ts';

const tags = ['Sign-in'];

export function authRoutes(p: Platform): OpenAPIHono<AppEnv> {
  const db = p.db as Kysely<AuthTables>;
  const timeouts = { idleMinutes: p.config.SESSION_IDLE_MINUTES, absoluteMinutes: p.config.SESSION_ABSOLUTE_MINUTES };
  return new OpenAPIHono<AppEnv>()
    .openapi(
      defineRoute({
        method: 'get',
        path: '/setup',
        permission: 'public',
        summary: 'Whether first-run setup is needed',
        tags,
        response: z.object({ needed: z.boolean() }),
      }),
      async (c) => c.json({ needed: await isSetupNeeded(p) }, 200),
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/setup',
        permission: 'public',
        summary: 'Create the first company and administrator',
        tags,
        body: setupSchema,
        response: meSchema,
        status: 201,
      }),
      async (c) => {
        const meta = { requestId: c.get('requestId'), ip: clientIp(c) };
        const { company, user } = await setupKawalis(p, c.req.valid('json'), meta);
        const session = await createSession(db, p.clock, timeouts, {
          userId: user.id,
          companyId: company.id,
          stage: 'full',
          ip: meta.ip,
          userAgent: c.req.header('user-agent'),
        });
        setSessionCookie(c, p.config, session.token);
        const found = await actorFromSession(p, session.token, meta);
        if (!found) throw new AppError('INTERNAL');
        return c.json(await buildMe(p, found.actor, csrfTokenFor(p, sha256(session.token))), 201);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/auth/login',
        permission: 'public',
        summary: 'Sign in with e-mail and password',
        tags,
        body: loginSchema,
        response: stageResponse,
      }),
      async (c) => {
        const body = c.req.valid('json');
        const result = await login(p, { ...body, ip: clientIp(c), userAgent: c.req.header('user-agent'), requestId: c.get('requestId') });
        setSessionCookie(c, p.config, result.token);
        return c.json({ stage: result.stage }, 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/auth/mfa',
        permission: 'authenticated',
        stages: ['mfa'],
        summary: 'Finish sign-in with a TOTP or recovery code',
        tags,
        body: mfaSchema,
        response: stageResponse,
      }),
      async (c) => {
        const session = await completeMfa(p, c.get('actor') as never, { ...c.req.valid('json'), userAgent: c.req.header('user-agent') });
        setSessionCookie(c, p.config, session.token);
        return c.json({ stage: 'full' as const }, 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/auth/logout',
        permission: 'authenticated',
        stages: ['full', 'mfa', 'enrol_mfa', 'change_password'],
        summary: 'Sign out of this session',
        tags,
      }),
      async (c) => {
        const actor = c.get('actor');
        if (actor?.sessionId && actor.userId) {
          await revokeSession(db, p.clock, actor.sessionId, actor.userId);
          await recordAudit(p.db, p.clock, actor, { action: 'auth.logout', targetType: 'session', targetId: actor.sessionId });
        }
        clearSessionCookie(c, p.config);
        return c.body(null, 204);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/auth/logout-all',
        permission: 'authenticated',
        stages: ['full', 'change_password'],
        summary: 'Sign out everywhere',
        tags,
      }),
      async (c) => {
        const actor = c.get('actor');
        if (actor?.userId) {
          const n = await revokeUserSessions(db, p.clock, actor.userId);
          await recordAudit(p.db, p.clock, actor, { action: 'auth.logout_all', targetType: 'user', targetId: actor.userId, summary: { sessions: n } });
        }
        clearSessionCookie(c, p.config);
        return c.body(null, 204);
      },
    );
}
