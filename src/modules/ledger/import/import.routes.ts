import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../../platform/http/app-env.ts';
import { defineRoute, idParams } from '../../../platform/http/define-route.ts';
import type { Platform } from '../../../platform/platform.ts';
import { routeContext } from '../route-context.ts';
import { appendImportChunk, createImport, getImport, startImport } from './import-files.ts';

const tags = ['Ledger: imports'];

const issueSchema = z.object({
  row: z.number(),
  column: z.string(),
  reason: z.string(),
  code: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export const importSchema = z
  .object({
    id: z.string(),
    format: z.enum(['csv', 'hledger']),
    fileName: z.string(),
    bytes: z.number(),
    status: z.enum(['uploading', 'queued', 'validating', 'posting', 'done', 'failed']),
    jobId: z.string().nullable(),
    rowsRead: z.number(),
    entriesTotal: z.number(),
    entriesPosted: z.number(),
    entriesSkipped: z.number(),
    errorCount: z.number(),
    /** The first errors (row, column, reason); errorCount counts them all. */
    errors: z.array(issueSchema),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .openapi('LedgerImport');

const createSchema = z.strictObject({ format: z.enum(['csv', 'hledger']).default('csv'), fileName: z.string().min(1).max(200) }).openapi('LedgerImportCreate');
const chunkSchema = z
  .strictObject({
    // Both are required; they are checked after the import is found, so an id of another company
    // answers 404 whatever the body (the company-isolation walk sends an empty one).
    /** Bytes received so far: the chunk goes there. */
    offset: z.number().int().min(0).optional(),
    /** UTF-8 text of the file; keep each request under the server's body limit (64 KiB by default). */
    text: z.string().min(1).max(1_000_000).optional(),
  })
  .openapi('LedgerImportChunk');

/**
 * Imports of entries from a file, run by the job queue: open one, send the file in chunks (the API
 * takes bounded JSON bodies only), start it, then poll its progress.
 */
export function importRoutes(p: Platform): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>()
    .openapi(
      defineRoute({
        method: 'post',
        path: '/ledger/imports',
        permission: 'ledger.post',
        summary: 'Open an import of entries (CSV or hledger)',
        tags,
        body: createSchema,
        response: importSchema,
        status: 201,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await createImport(db, call, p.config.dataDir, c.req.valid('json')), 201);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/ledger/imports/{id}/chunks',
        permission: 'ledger.post',
        summary: 'Append a chunk of the file at its offset',
        tags,
        params: idParams,
        body: chunkSchema,
        response: z.object({ bytes: z.number() }),
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await appendImportChunk(db, call, p.config.dataDir, c.req.valid('param').id, c.req.valid('json')), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/ledger/imports/{id}/start',
        permission: 'ledger.post',
        summary: 'The file is complete: check and post it in the background',
        tags,
        params: idParams,
        response: importSchema,
        status: 202,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await startImport(db, call, c.req.valid('param').id), 202);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/ledger/imports/{id}',
        permission: 'ledger.read',
        summary: 'An import and its progress',
        tags,
        params: idParams,
        response: importSchema,
      }),
      async (c) => c.json(await getImport(routeContext(p, c).db, c.req.valid('param').id), 200),
    );
}
