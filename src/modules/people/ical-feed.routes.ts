import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { defineRoute } from '../../platform/http/define-route.ts';
import type { Platform } from '../../platform/platform.ts';
import { feedByToken } from './calendar-feed.ts';
import { renderFeed } from './ical-feed.ts';

const tokenParams = z.object({
  token: z
    .string()
    .max(60)
    .openapi({ param: { name: 'token', in: 'path' }, description: 'The secret feed token, with or without .ics' }),
});

/**
 * The private iCalendar feed: no session (calendar apps cannot sign in), the secret token in the path
 * (never a query string; the request log hides it). Unknown or revoked tokens answer 404.
 */
export function icalFeedRoutes(p: Platform): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>().openapi(
    defineRoute({
      method: 'get',
      path: '/people/feed/{token}',
      permission: 'public',
      summary: 'A user’s appointments and approved leave as iCalendar (text/calendar), events in UTC',
      tags: ['People: appointments'],
      params: tokenParams,
    }),
    async (c) => {
      const token = c.req.valid('param').token.replace(/\.ics$/, '');
      const feed = await feedByToken(p.db, token);
      const host = new URL(p.config.PUBLIC_URL).hostname;
      const text = await renderFeed(
        p.forCompany(feed.company_id),
        { userId: feed.user_id, name: feed.locale === 'ar' ? `كواليس — ${feed.name_ar ?? feed.name}` : `Kawalis — ${feed.name}`, locale: feed.locale, host },
        p.clock.now(),
      );
      return c.body(text, 200, { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': 'inline; filename="kawalis.ics"' });
    },
  );
}
