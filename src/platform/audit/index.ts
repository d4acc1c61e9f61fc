import type { KawalisModule } from '../module.ts';
import { auditRoutes } from './audit.routes.ts';
import { createAudit } from './migrations/001-audit.ts';
import { auditTargetMigration } from './migrations/002-audit-target.ts';

export { type AuditInput, recordAudit, recordAudits } from './record-audit.ts';
export { type ChainReport, verifyAuditChain } from './verify-audit-chain.ts';

export const auditModule: KawalisModule = {
  name: 'audit',
  migrations: { '001-audit': createAudit, '002-audit-target': auditTargetMigration },
  permissions: [{ key: 'platform.audit.read', description: 'Browse the audit log and verify its chain' }],
  routes: auditRoutes,
  nav: [{ key: 'audit', path: '/admin/audit', label: 'nav.audit', permission: 'platform.audit.read' }],
};
