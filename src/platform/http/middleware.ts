import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { actorFromSession, actorFromToken } from '../auth/resolve-actor.ts';
import { AppError } from '../errors.ts';
import type { Platform } from '../platform.ts';
import type { AppEnv } from './app-env.ts';
import { clientIp, sessionCookieName } from './cookies.ts';

export function requestIdMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const id = randomUUID();
    c.set('requestId', id);
    c.header('X-Request-Id', id);
    await next();
  };
}

/** Secret tokens carried in a path (a calendar feed's `/people/feed/kcf_…`) are replaced before the path is logged. */
export const redactPath = (path: string) => path.replace(/\/k[a-z]{2}_[A-Za-z0-9_-]{16,}(\.[a-z]+)?/g, '/[redacted]');

/** One log line per request: method, path without query, status, duration, request id, user. No bodies, cookies or tokens. */
export function requestLogMiddleware(p: Platform): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const start = performance.now();
    await next();
    p.logger.info(
      {
        req: c.get('requestId'),
        method: c.req.method,
        path: redactPath(c.req.path),
        status: c.res.status,
        ms: Math.round(performance.now() - start),
        user: c.get('actor')?.userId ?? undefined,
      },
      'request',
    );
  };
}

/** Finds who is acting from the session cookie or a bearer token; routes decide whether that is enough. */
export function authenticate(p: Platform): MiddlewareHandler<AppEnv> {
  const cookieName = sessionCookieName(p.config);
  return async (c, next) => {
    const meta = { requestId: c.get('requestId'), ip: clientIp(c) };
    const auth = c.req.header('authorization');
    if (auth) {
      const m = /^Bearer\s+(\S+)$/i.exec(auth);
      const actor = m ? await actorFromToken(p, m[1], meta) : undefined;
      if (!actor) throw new AppError('UNAUTHENTICATED', 'Invalid or expired API token');
      c.set('actor', actor);
    } else {
      const token = getCookie(c, cookieName);
      const found = token ? await actorFromSession(p, token, meta) : undefined;
      if (found) {
        c.set('actor', found.actor);
        c.set('sessionTokenHash', found.session.token_hash);
        c.set('viaCookie', true);
      }
    }
    const actor = c.get('actor');
    if (actor?.companyId) c.set('db', p.forCompany(actor.companyId));
    await next();
  };
}

export const csrfTokenFor = (p: Platform, sessionTokenHash: string) => p.secrets.hmac(`csrf:${sessionTokenHash}`);

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const TOKENLESS = new Set(['/api/v1/auth/login', '/api/v1/setup']);

/**
 * CSRF: a cookie-authenticated unsafe request must carry the session's CSRF token in X-CSRF-Token,
 * and any request that names a foreign Origin is refused. Bodies must be JSON, which a cross-site
 * form cannot send without a CORS preflight that this server never grants.
 */
export function csrfProtection(p: Platform): MiddlewareHandler<AppEnv> {
  const allowed = new URL(p.config.PUBLIC_URL).origin;
  return async (c, next) => {
    if (SAFE.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    if (origin && origin !== allowed && origin !== new URL(c.req.url).origin) throw new AppError('CSRF', 'Cross-origin request refused');
    // Sign-in itself needs no token (a stale tab may still hold an old session); the Origin check
    // and the JSON-only rule stop a cross-site form from signing a victim in.
    if (c.get('viaCookie') && !TOKENLESS.has(c.req.path)) {
      const sent = c.req.header('x-csrf-token') ?? '';
      const expected = csrfTokenFor(p, c.get('sessionTokenHash') as string);
      const a = Buffer.from(sent);
      const b = Buffer.from(expected);
      if (a.length !== b.length || !timingSafeEqual(a, b)) throw new AppError('CSRF', 'Missing or wrong X-CSRF-Token header');
    }
    return next();
  };
}

/** Bodies are JSON only; anything else is 415 before it reaches a route. */
export function jsonOnly(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!SAFE.has(c.req.method)) {
      const type = c.req.header('content-type');
      const length = c.req.header('content-length');
      const hasBody = type !== undefined || (length !== undefined && length !== '0') || c.req.header('transfer-encoding') !== undefined;
      if (hasBody && !/^application\/json\b/i.test(type ?? '')) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
    }
    return next();
  };
}
