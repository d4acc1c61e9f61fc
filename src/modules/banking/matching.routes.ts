import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Actor } from '../../platform/auth/actor.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import type { AppEnv } from '../../platform/http/app-env.ts';
import { defineRoute, idParams } from '../../platform/http/define-route.ts';
import type { Platform } from '../../platform/platform.ts';
import { applyRules } from './apply-rules.ts';
import { autoMatch } from './auto-match.ts';
import { bankAccountOf } from './bank-account-of.ts';
import type { BankingCall } from './banking-call.ts';
import { confirmMatch } from './confirm-match.ts';
import { createRule } from './create-rule.ts';
import {
  applyRulesResultSchema,
  applyRulesSchema,
  autoMatchResultSchema,
  autoMatchSchema,
  confirmMatchSchema,
  matchSchema,
  postBankLineSchema,
  postedLineSchema,
  proposalsQuerySchema,
  proposalsSchema,
  reconciliationQuerySchema,
  reconciliationSchema,
  ruleInputSchema,
  ruleSchema,
  unmatchSchema,
} from './matching.schemas.ts';
import { postBankLine } from './post-bank-line.ts';
import { presentRule } from './present-rule.ts';
import { proposeMatchesFor } from './propose-matches.ts';
import { reconciliationReport } from './reconciliation-report.ts';
import { listRules } from './rules.repository.ts';
import { unmatch } from './unmatch.ts';

const tags = ['Banking'];
const ctx = (p: Platform, c: Context<AppEnv>): { db: CompanyDb; call: BankingCall } => ({
  db: c.get('db') as CompanyDb,
  call: { actor: c.get('actor') as Actor, clock: p.clock },
});

/** Matching, rules and reconciliation. Reading needs banking.read; changing matches or rules banking.reconcile. */
export function matchingRoutes(p: Platform): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>()
    .openapi(
      defineRoute({
        method: 'get',
        path: '/banking/accounts/{id}/proposals',
        permission: 'banking.read',
        summary: 'Proposed matches of unmatched statement lines with unmatched ledger lines, best first, with score and reasons',
        tags,
        params: idParams,
        query: proposalsQuerySchema,
        response: proposalsSchema,
      }),
      async (c) => c.json(await proposeMatchesFor(ctx(p, c).db, c.req.valid('param').id, c.req.valid('query')), 200),
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/banking/matches',
        permission: 'banking.reconcile',
        summary: 'Confirm a match: the amounts must add up; each line is matched at most once',
        tags,
        body: confirmMatchSchema,
        response: matchSchema,
        status: 201,
      }),
      async (c) => {
        const { db, call } = ctx(p, c);
        return c.json(await confirmMatch(db, call, c.req.valid('json')), 201);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/banking/matches/{id}/unmatch',
        permission: 'banking.reconcile',
        summary: 'Undo a match (audited); refused once its dates are in a closed period',
        tags,
        params: idParams,
        body: unmatchSchema,
        response: matchSchema,
      }),
      async (c) => {
        const { db, call } = ctx(p, c);
        return c.json(await unmatch(db, call, c.req.valid('param').id, c.req.valid('json').reason), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/banking/accounts/{id}/auto-match',
        permission: 'banking.reconcile',
        summary: 'Confirm every proposal scoring at least minScore (default 85)',
        tags,
        params: idParams,
        body: autoMatchSchema,
        response: autoMatchResultSchema,
      }),
      async (c) => {
        const { db, call } = ctx(p, c);
        return c.json(await autoMatch(db, call, c.req.valid('param').id, c.req.valid('json')), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/banking/accounts/{id}/reconciliation',
        permission: 'banking.read',
        summary: 'Reconciliation at a date (default today): statement and ledger balances, unmatched items, the difference explained',
        tags,
        params: idParams,
        query: reconciliationQuerySchema,
        response: reconciliationSchema,
      }),
      async (c) => {
        const { db, call } = ctx(p, c);
        const asOf = c.req.valid('query').asOf ?? p.clock.now().toISOString().slice(0, 10);
        return c.json(await reconciliationReport(db, call.actor.companyId ?? '', c.req.valid('param').id, asOf), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/banking/accounts/{id}/rules',
        permission: 'banking.read',
        summary: "A bank account's matching rules, in the order they apply",
        tags,
        params: idParams,
        response: z.object({ items: z.array(ruleSchema) }),
      }),
      async (c) => {
        const { db } = ctx(p, c);
        const { account, money } = await bankAccountOf(db, c.req.valid('param').id);
        return c.json({ items: (await listRules(db, account.id)).map((r) => presentRule(r, money)) }, 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/banking/rules',
        permission: 'banking.reconcile',
        summary: 'Add a rule: text contains X (or matches a wildcard pattern), amount in a range → post to account Y with memo Z',
        tags,
        body: ruleInputSchema,
        response: ruleSchema,
        status: 201,
      }),
      async (c) => {
        const { db, call } = ctx(p, c);
        return c.json(await createRule(db, call, c.req.valid('json')), 201);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/banking/accounts/{id}/apply-rules',
        permission: 'banking.reconcile',
        summary: 'Post and match the unmatched statement lines a rule takes (dryRun: only say which)',
        tags,
        params: idParams,
        body: applyRulesSchema,
        response: applyRulesResultSchema,
      }),
      async (c) => {
        const { db, call } = ctx(p, c);
        return c.json(await applyRules(db, call, c.req.valid('param').id, c.req.valid('json')), 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/banking/lines/{id}/post',
        permission: 'banking.reconcile',
        summary: 'Create an entry from an unmatched statement line (bank account ↔ accountId) and match it',
        tags,
        params: idParams,
        body: postBankLineSchema,
        response: postedLineSchema,
        status: 201,
      }),
      async (c) => {
        const { db, call } = ctx(p, c);
        return c.json(await postBankLine(db, call, c.req.valid('param').id, c.req.valid('json')), 201);
      },
    );
}
