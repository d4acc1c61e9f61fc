import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import type { AppEnv } from '../http/app-env.ts';
import { defineRoute, pageOf, pageQuery } from '../http/define-route.ts';
import type { Platform } from '../platform.ts';
import type { AuditTables } from './audit.tables.ts';
import { listAuditEvents } from './list-audit-events.ts';
import { recordAudit } from './record-audit.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';

const tags = ['Audit'];
const eventSchema = z
  .object({
    id: z.string(),
    seq: z.string(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorLabel: z.string(),
    action: z.string(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    requestId: z.string().nullable(),
    ip: z.string().nullable(),
    summary: z.unknown(),
  })
  .openapi('AuditEvent');
const filter = pageQuery.extend({
  action: z.string().max(100).optional(),
  actorId: z.uuid().optional(),
  targetId: z.string().max(100).optional(),
  from: z.union([z.iso.date(), z.iso.datetime()]).optional(),
  to: z.union([z.iso.date(), z.iso.datetime()]).optional(),
});

/** A bare date filters whole UTC days: `from` at its start, `to` up to the end of that day. */
const instantFrom = (d?: string) => (d && d.length === 10 ? `${d}T00:00:00.000Z` : d);
const instantTo = (d?: string) => (d && d.length === 10 ? new Date(Date.parse(`${d}T00:00:00.000Z`) + 86_400_000).toISOString() : d);
const reportSchema = z
  .object({ ok: z.boolean(), checked: z.number(), firstBad: z.object({ id: z.string(), seq: z.string(), reason: z.string() }).optional() })
  .openapi('ChainReport');

export function auditRoutes(p: Platform): OpenAPIHono<AppEnv> {
  const db = p.db as Kysely<AuditTables>;
  return new OpenAPIHono<AppEnv>()
    .openapi(
      defineRoute({
        method: 'get',
        path: '/audit',
        permission: 'platform.audit.read',
        summary: "The current company's audit events",
        tags,
        query: filter,
        response: pageOf(eventSchema),
      }),
      async (c) => {
        const { page, pageSize, from, to, ...rest } = c.req.valid('query');
        const actor = c.get('actor') as Actor;
        const result = await listAuditEvents(db, {
          ...rest,
          from: instantFrom(from),
          to: instantTo(to),
          companyId: actor.companyId as string,
          limit: pageSize,
          offset: (page - 1) * pageSize,
        });
        return c.json({ ...result, page, pageSize }, 200);
      },
    )
    .openapi(
      defineRoute({
        method: 'post',
        path: '/audit/verify',
        permission: 'platform.audit.read',
        summary: 'Verify the whole audit hash chain',
        tags,
        response: reportSchema,
      }),
      async (c) => {
        const report = await verifyAuditChain(db);
        await recordAudit(p.db, p.clock, c.get('actor') as Actor, { action: 'audit.verified', summary: { ok: report.ok, checked: report.checked } });
        return c.json(report, 200);
      },
    );
}
