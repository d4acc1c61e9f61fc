import { OpenAPIHono, z } from '@hono/zod-openapi';
import { AppError } from '../../platform/errors.ts';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { defineRoute, idParams, pageOf, pageQuery } from '../../platform/http/define-route.ts';
import type { Platform } from '../../platform/platform.ts';
import { createDraft } from './create-draft.ts';
import { deleteDraft } from './delete-draft.ts';
import { loadEntryView } from './entry-view.ts';
import { GroupCommitter } from './group-commit.ts';
import {
  entryInputSchema,
  entryPatchSchema,
  entryQuery,
  entrySchema,
  entrySummarySchema,
  reverseSchema,
  trialBalanceQuery,
  trialBalanceSchema,
  verifyReportSchema,
} from './ledger.schemas.ts';
import { companyFacts } from './ledger-db.ts';
import { listEntries } from './list-entries.ts';
import { postEntry } from './post-entry.ts';
import { reverseEntry } from './reverse-entry.ts';
import { routeContext } from './route-context.ts';
import { trialBalance } from './trial-balance.ts';
import { updateDraft } from './update-draft.ts';
import { verifyLedger } from './verify-ledger.ts';

const tags = ['Ledger: entries'];
const idempotencyKey = z
  .string()
  .min(8)
  .max(200)
  .regex(/^[\x21-\x7e]+$/, 'Printable ASCII without spaces');

/** Entries (drafts, posting, reversal), the trial balance and verification. */
export function entriesRoutes(p: Platform): OpenAPIHono<AppEnv> {
  // Concurrent post-new requests are written in groups, one transaction (one fsync) per group.
  const committer = new GroupCommitter();
  return new OpenAPIHono<AppEnv>()
    .openapi(
      defineRoute({
        method: 'get',
        path: '/ledger/entries',
        permission: 'ledger.read',
        summary: 'Entries, filtered and paginated',
        tags,
        query: pageQuery.extend(entryQuery.shape),
        response: pageOf(entrySummarySchema),
      }),
      async (c) => {
        const { page, pageSize, ...filter } = c.req.valid('query');
        const { items, total } = await listEntries(routeContext(p, c).db, filter, { limit: pageSize, offset: (page - 1) * pageSize });
        return c.json({ items, page, pageSize, total }, 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/ledger/entries/{id}',
        permission: 'ledger.read',
        summary: 'One entry with its lines',
        tags,
        params: idParams,
        response: entrySchema,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await loadEntryView(db, c.req.valid('param').id, (await companyFacts(db, call.actor)).baseCurrency), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/ledger/entries',
        permission: 'ledger.write',
        summary: 'Save a draft entry',
        tags,
        body: entryInputSchema,
        response: entrySchema,
        status: 201,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await createDraft(db, call, c.req.valid('json')), 201);
      },
    )
    .openapi(
      defineRoute({
        method: 'patch',
        path: '/ledger/entries/{id}',
        permission: 'ledger.write',
        summary: 'Change a draft',
        tags,
        params: idParams,
        body: entryPatchSchema,
        response: entrySchema,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await updateDraft(db, call, c.req.valid('param').id, c.req.valid('json')), 200);
      },
    )
    .openapi(
      defineRoute({ method: 'delete', path: '/ledger/entries/{id}', permission: 'ledger.write', summary: 'Delete a draft', tags, params: idParams }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        await deleteDraft(db, call, c.req.valid('param').id);
        return c.body(null, 204);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/ledger/entries/{id}/post',
        permission: 'ledger.post',
        summary: 'Post a draft',
        tags,
        params: idParams,
        response: entrySchema,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await postEntry(db, call, c.req.valid('param').id), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/ledger/entries/post-new',
        permission: 'ledger.post',
        summary: 'Create and post an entry (Idempotency-Key header: a retry returns the first entry)',
        tags,
        body: entryInputSchema,
        response: entrySchema,
        status: 201,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        const header = c.req.header('idempotency-key');
        const key = header === undefined ? undefined : idempotencyKey.safeParse(header);
        if (key && !key.success)
          throw new AppError('VALIDATION', 'Invalid Idempotency-Key', [{ path: 'Idempotency-Key', message: key.error.issues[0]?.message ?? 'invalid' }]);
        // the route's validator parsed the body with entryInputSchema already
        const result = await committer.submitParsed(db, call, c.req.valid('json'), { idempotencyKey: key?.data, manual: true });
        return c.json(result.entry, result.replayed ? (200 as 201) : 201);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/ledger/entries/{id}/reverse',
        permission: 'ledger.post',
        summary: 'Reverse a posted entry (once)',
        tags,
        params: idParams,
        body: reverseSchema,
        response: entrySchema,
        status: 201,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await reverseEntry(db, call, c.req.valid('param').id, c.req.valid('json')), 201);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/ledger/trial-balance',
        permission: 'ledger.read',
        summary: 'Trial balance as of a date',
        tags,
        query: trialBalanceQuery,
        response: trialBalanceSchema,
      }),
      async (c) => {
        const { db, call } = routeContext(p, c);
        return c.json(await trialBalance(db, c.req.valid('query').asOf, (await companyFacts(db, call.actor)).baseCurrency), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/ledger/verify',
        permission: 'ledger.read',
        summary: 'Verify chains, numbering, balance and kept balances',
        tags,
        response: verifyReportSchema,
      }),
      async (c) => c.json(await verifyLedger(routeContext(p, c).db), 200),
    );
}
