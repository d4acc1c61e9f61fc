import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { Config } from '../../config.ts';

const https = (config: Pick<Config, 'PUBLIC_URL'>) => config.PUBLIC_URL.startsWith('https://');

/** `__Host-` (Secure, no Domain, Path=/) under https; a plain name on http://localhost. */
export const sessionCookieName = (config: Pick<Config, 'PUBLIC_URL'>) => (https(config) ? '__Host-kawalis_session' : 'kawalis_session');

export function setSessionCookie(c: Context, config: Config, token: string): void {
  setCookie(c, sessionCookieName(config), token, {
    httpOnly: true,
    secure: https(config),
    sameSite: 'Lax',
    path: '/',
    maxAge: config.SESSION_ABSOLUTE_MINUTES * 60,
  });
}

export function clearSessionCookie(c: Context, config: Config): void {
  deleteCookie(c, sessionCookieName(config), { path: '/', secure: https(config) });
}

/** The peer address; app.request() in tests has no socket (checked first: a thrown error costs more than the lookup). */
export function clientIp(c: Context): string | undefined {
  const env = c.env as { incoming?: unknown; server?: { incoming?: unknown } } | undefined;
  if (!env?.incoming && !env?.server?.incoming) return undefined;
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}
