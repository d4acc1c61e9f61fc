import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Actor } from '../../platform/auth/actor.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { defineRoute, idParams } from '../../platform/http/define-route.ts';
import type { Platform } from '../../platform/platform.ts';
import type { BankingCall } from './banking-call.ts';
import { deleteRule } from './delete-rule.ts';
import { ruleSchema } from './matching.schemas.ts';
import { rulePatchSchema } from './rules.schemas.ts';
import { updateRule } from './update-rule.ts';
import { standingMatchesSchema, unmatchedBankPageSchema, unmatchedLedgerPageSchema, worklistQuerySchema } from './worklist.schemas.ts';
import { standingMatchesPage, unmatchedBankPage, unmatchedLedgerPage } from './worklist.ts';

const tags = ['Banking'];
const ctx = (p: Platform, c: Context<AppEnv>): { db: CompanyDb; call: BankingCall } => ({
  db: c.get('db') as CompanyDb,
  call: { actor: c.get('actor') as Actor, clock: p.clock },
});

/** The reconciliation screen's lists (unmatched lines of each side, standing matches) and changing or deleting rules. */
export function worklistRoutes(p: Platform): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>()
    .openapi(
      defineRoute({
        method: 'get',
        path: '/banking/accounts/{id}/unmatched/bank',
        permission: 'banking.read',
        summary: 'A page of the unmatched statement lines, oldest first, with their total',
        tags,
        params: idParams,
        query: worklistQuerySchema,
        response: unmatchedBankPageSchema,
      }),
      async (c) => c.json(await unmatchedBankPage(ctx(p, c).db, c.req.valid('param').id, c.req.valid('query')), 200),
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/banking/accounts/{id}/unmatched/ledger',
        permission: 'banking.read',
        summary: "A page of the mirrored ledger account's posted lines in no match, oldest first, with their total",
        tags,
        params: idParams,
        query: worklistQuerySchema,
        response: unmatchedLedgerPageSchema,
      }),
      async (c) => c.json(await unmatchedLedgerPage(ctx(p, c).db, c.req.valid('param').id, c.req.valid('query')), 200),
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/banking/accounts/{id}/matches',
        permission: 'banking.read',
        summary: 'A page of the standing matches, latest first, with their lines',
        tags,
        params: idParams,
        query: worklistQuerySchema,
        response: standingMatchesSchema,
      }),
      async (c) => c.json(await standingMatchesPage(ctx(p, c).db, c.req.valid('param').id, c.req.valid('query')), 200),
    )
    .openapi(
      defineRoute({
        method: 'patch',
        path: '/banking/rules/{id}',
        permission: 'banking.reconcile',
        summary: 'Change a rule, or deactivate it (active: false); entries it posted stay',
        tags,
        params: idParams,
        body: rulePatchSchema,
        response: ruleSchema,
      }),
      async (c) => {
        const { db, call } = ctx(p, c);
        return c.json(await updateRule(db, call, c.req.valid('param').id, c.req.valid('json')), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'delete',
        path: '/banking/rules/{id}',
        permission: 'banking.reconcile',
        summary: 'Delete a rule (audited); the matches and entries it made stay',
        tags,
        params: idParams,
      }),
      async (c) => {
        const { db, call } = ctx(p, c);
        await deleteRule(db, call, c.req.valid('param').id);
        return c.body(null, 204);
      },
    );
}
