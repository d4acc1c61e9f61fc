import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { actorFromSession, actorFromToken } from '../auth/resolve-actor.ts';
import type { CompanyDb } from '../db/company-scope.ts';
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
  const scoped = companyHandles(p);
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
    if (actor?.companyId) c.set('db', scoped(actor.companyId));
    await next();
  };
}

/**
 * One company-scoped handle per company, reused by every request of that company: a handle is
 * immutable (Kysely + the company-scope plugin for that id), and building one per request cost a
 * plugin and an executor each time. Bounded: past 1,000 companies the map starts over.
 */
function companyHandles(p: Platform): (companyId: string) => CompanyDb {
  const handles = new Map<string, CompanyDb>();
  return (companyId) => {
    let db = handles.get(companyId);
    if (!db) {
      if (handles.size >= 1000) handles.clear();
      db = p.forCompany(companyId);
      handles.set(companyId, db);
    }
    return db;
  };
}

const csrfTokens = new WeakMap<Platform, Map<string, string>>();

/**
 * The CSRF token of a session: HMAC of its token hash under the installation's MAC key. It is a pure
 * function of the two, so it is remembered per session hash (bounded map, oldest dropped first)
 * instead of computed on every unsafe request; a revoked session never gets this far (authenticate
 * finds no actor), and nothing here decides whether a session is live.
 */
export function csrfTokenFor(p: Platform, sessionTokenHash: string): string {
  let memo = csrfTokens.get(p);
  if (!memo) {
    memo = new Map();
    csrfTokens.set(p, memo);
  }
  let token = memo.get(sessionTokenHash);
  if (token === undefined) {
    token = p.secrets.hmac(`csrf:${sessionTokenHash}`);
    if (memo.size >= 10_000) memo.delete(memo.keys().next().value as string);
    memo.set(sessionTokenHash, token);
  }
  return token;
}

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
