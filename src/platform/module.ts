import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Command } from 'commander';
import type { Migration } from 'kysely';
import type { AppEnv } from './http/app-env.ts';
import type { Platform } from './platform.ts';

/** One permission a module declares: a stable key (`ledger.read`) and what it allows. */
export interface PermissionDef {
  key: string;
  description: string;
}

/** The standard roles every company starts with; roles are data and admins can change them. */
export const standardRoles = ['admin', 'finance', 'hr', 'it', 'risk', 'analyst', 'front_office', 'employee'] as const;
export type StandardRole = (typeof standardRoles)[number];

/** An entry in the web navigation, shown to users holding `permission`. */
export interface NavEntry {
  key: string;
  path: string;
  /** i18n key of the label, e.g. `nav.ledger` */
  label: string;
  permission: string;
}

/** A check another module can run before it does something, e.g. before closing an accounting period. */
export interface ModuleCheck {
  key: string;
  kind: 'period-close';
  /** `message` in English; optional `code` and `params` let the web translate the result (`refusals.<code>`). */
  run(ctx: {
    platform: Platform;
    companyId: string;
    periodEnd: string;
  }): Promise<{ ok: boolean; message: string; code?: string; params?: Record<string, string | number> }>;
}

/** A handler for one kind of background job. */
export type JobHandler = (ctx: { platform: Platform; companyId: string | null; payload: unknown; jobId: string }) => Promise<void>;

/**
 * Everything a module contributes, in one object. The platform's own parts (auth, audit, jobs,
 * notifications) are registered the same way, so a reader who knows one descriptor knows them all.
 */
export interface KawalisModule {
  name: string;
  migrations: Record<string, Migration>;
  /** Tables whose rows belong to a company; the data layer scopes every query on them. */
  companyTables?: string[];
  permissions?: PermissionDef[];
  /** Which standard roles get which of this module's permissions in a new company. */
  roleGrants?: Partial<Record<StandardRole, string[]>>;
  /** Mounted under /api/v1 */
  routes?: (platform: Platform) => OpenAPIHono<AppEnv>;
  commands?: (program: Command, platform: () => Promise<Platform>) => void;
  nav?: NavEntry[];
  checks?: ModuleCheck[];
  jobs?: Record<string, JobHandler>;
}
