import type { Kysely } from 'kysely';
import { type AuditActor, recordAudit } from '../audit/record-audit.ts';
import { insertRole } from '../auth/roles.repository.ts';
import { scopeToCompany } from '../db/company-scope.ts';
import type { AnyDb } from '../db/create-database.ts';
import { newId } from '../ids.ts';
import { type StandardRole, standardRoles } from '../module.ts';
import type { Platform } from '../platform.ts';
import { insertCompany, presentCompany } from './companies.repository.ts';
import type { Company, NewCompany } from './companies.schemas.ts';
import type { CompaniesTables } from './companies.tables.ts';

const roleNames: Record<StandardRole, [string, string]> = {
  admin: ['Administrator', 'مدير النظام'],
  finance: ['Finance', 'المالية'],
  hr: ['Human resources', 'الموارد البشرية'],
  it: ['IT', 'تقنية المعلومات'],
  risk: ['Risk', 'المخاطر'],
  analyst: ['Data analyst', 'محلل البيانات'],
  front_office: ['Front office', 'المكتب الأمامي'],
  employee: ['Employee', 'موظف'],
};

/** The permissions each standard role starts with: admin holds every permission, the others what modules grant. */
export function standardRolePermissions(p: Pick<Platform, 'modules' | 'permissions'>): Record<StandardRole, string[]> {
  const out = Object.fromEntries(standardRoles.map((r) => [r, new Set<string>()])) as Record<StandardRole, Set<string>>;
  for (const perm of p.permissions) out.admin.add(perm.key);
  for (const m of p.modules) {
    for (const [role, perms] of Object.entries(m.roleGrants ?? {})) for (const perm of perms) out[role as StandardRole].add(perm);
  }
  return Object.fromEntries(standardRoles.map((r) => [r, [...out[r]].sort()])) as Record<StandardRole, string[]>;
}

/**
 * A new company, with the standard roles as editable data. Runs inside the caller's transaction when
 * given one, so setup creates the company and its first admin together or not at all.
 */
export async function createCompany(p: Platform, db: AnyDb, actor: AuditActor | null, input: NewCompany): Promise<Company> {
  const row = {
    id: newId(),
    name: input.name,
    name_ar: input.nameAr ?? null,
    base_currency: input.baseCurrency,
    language: input.language,
    time_zone: input.timeZone,
    work_week: JSON.stringify([...input.workWeek].sort()),
    fiscal_year_start_month: BigInt(input.fiscalYearStartMonth),
    created_at: p.clock.now().toISOString(),
  };
  await insertCompany(db as Kysely<CompaniesTables>, row);
  const scoped = scopeToCompany(db, row.id);
  const grants = standardRolePermissions(p);
  for (const key of standardRoles) {
    const [name, nameAr] = roleNames[key];
    await insertRole(scoped, { id: newId(), key, name, nameAr, permissions: grants[key], requireMfa: false, system: true });
  }
  await recordAudit(db, p.clock, actor, {
    action: 'company.created',
    targetType: 'company',
    targetId: row.id,
    companyId: row.id,
    summary: { name: row.name, baseCurrency: row.base_currency },
  });
  return presentCompany(row);
}
