import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { errorCodes, errorDescriptions } from '../errors.ts';
import type { AppEnv } from './app-env.ts';

const swaggerDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

const errorTable = Object.entries(errorDescriptions)
  .map(([code, text]) => `| \`${code}\` | ${errorCodes[code as keyof typeof errorCodes]} | ${text} |`)
  .join('\n');

/** The OpenAPI 3.1 document, generated from the routes' zod schemas, and a local Swagger UI (no CDN). */
export function mountApiDocs(app: OpenAPIHono<AppEnv>) {
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', { type: 'apiKey', in: 'cookie', name: 'kawalis_session' });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', description: 'Personal API token (kws_…)' });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Kawalis API',
      version: '1',
      description: `Every operation declares its permission in \`x-permission\`.\n\nErrors are \`{ "error": { "code", "message", "details" } }\` with these codes:\n\n| code | status | meaning |\n|---|---|---|\n${errorTable}`,
    },
    servers: [{ url: '/' }],
  });
  app.get('/api/docs', (c) =>
    c.html(`<!doctype html><html><head><meta charset="utf-8"><title>Kawalis API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div><script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`),
  );
  app.get('/api/docs/init.js', (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    return c.body("window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui' });");
  });
  app.use('/api/docs/assets/*', serveStatic({ root: swaggerDir, rewriteRequestPath: (p) => p.replace('/api/docs/assets', '') }));
}
