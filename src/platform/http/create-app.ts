import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { sql } from 'kysely';
import { AppError } from '../errors.ts';
import type { Platform } from '../platform.ts';
import { mountApiDocs } from './api-docs.ts';
import type { AppEnv } from './app-env.ts';
import { errorHandler, zodDetails } from './error-handler.ts';
import { authenticate, csrfProtection, jsonOnly, requestIdMiddleware, requestLogMiddleware } from './middleware.ts';
import { isUploadRoute } from './upload-routes.ts';

// KAWALIS_WEB_DIST lets parallel e2e runs each serve their own build; the default is the repository's build.
const WEB_DIST = process.env.KAWALIS_WEB_DIST ?? resolve(import.meta.dirname, '../../../web/dist');

/** The whole HTTP surface: platform middleware, every module's routes under /api/v1, docs, health, and the web app. */
export function createApp(p: Platform) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw new AppError('VALIDATION', 'Invalid input', zodDetails(result.error));
    },
  });
  const https = p.config.PUBLIC_URL.startsWith('https://');
  app.use('*', requestIdMiddleware());
  app.use('*', requestLogMiddleware(p));
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
      strictTransportSecurity: https ? 'max-age=31536000; includeSubDomains' : false,
      referrerPolicy: 'no-referrer',
      xFrameOptions: 'DENY',
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.onError(errorHandler(p));
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    try {
      await sql`select 1`.execute(p.db);
      return c.json({ status: 'ok' });
    } catch {
      return c.json({ status: 'unavailable' }, 503);
    }
  });
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.use('/api/*', limitBody(p.config.MAX_BODY_BYTES, p.config.MAX_UPLOAD_BYTES));
  app.use('/api/*', jsonOnly());
  app.use('/api/v1/*', authenticate(p));
  app.use('/api/v1/*', csrfProtection(p));
  for (const m of p.modules) if (m.routes) app.route('/api/v1', m.routes(p));
  mountApiDocs(app);
  app.all('/api/*', () => {
    throw new AppError('NOT_FOUND', 'No such API route');
  });
  mountWeb(app);
  return app;
}

/**
 * 413 for a body over `maxSize`. A request that declares its length (and no chunked encoding) is
 * judged by its Content-Length header, which Node's parser holds the body to; one without either
 * header has no body (HTTP/1.1), unless it is an in-process request with a body, which Hono's
 * bodyLimit counts as it reads it. Only that last case touches `c.req.raw.body`: on the Node
 * server, merely reading it builds a web Request and stream for the body, about a tenth of the CPU
 * of a small authenticated POST.
 */
function limitBody(maxSize: number, maxUpload: number): MiddlewareHandler<AppEnv> {
  const limiter = (max: number) =>
    bodyLimit({
      maxSize: max,
      onError: () => {
        throw new AppError('PAYLOAD_TOO_LARGE', `The request body is larger than ${max} bytes`, { maxBytes: max });
      },
    });
  const streamed = limiter(maxSize);
  const streamedUpload = limiter(maxUpload);
  return async (c, next) => {
    const upload = isUploadRoute(c.req.method, c.req.path);
    const max = upload ? maxUpload : maxSize;
    const chunked = c.req.header('transfer-encoding') !== undefined;
    const length = c.req.header('content-length');
    if (!chunked && length !== undefined) {
      if (Number.parseInt(length, 10) > max) throw new AppError('PAYLOAD_TOO_LARGE', `The request body is larger than ${max} bytes`, { maxBytes: max });
      return next();
    }
    if (!chunked && (c.req.method === 'GET' || c.req.method === 'HEAD')) return next();
    return (upload ? streamedUpload : streamed)(c, next);
  };
}

function mountWeb(app: OpenAPIHono<AppEnv>) {
  const index = join(WEB_DIST, 'index.html');
  app.use('/assets/*', serveStatic({ root: WEB_DIST }));
  app.use('*', serveStatic({ root: WEB_DIST, onNotFound: () => undefined }));
  app.get('*', (c) => {
    if (!existsSync(index)) return c.text('The web app is not built: run `npm run build:web`.', 503);
    c.header('Cache-Control', 'no-cache');
    return c.html(readFileSync(index, 'utf8'));
  });
}
