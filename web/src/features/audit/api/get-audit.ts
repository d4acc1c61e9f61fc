import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../../lib/api-client';

export type AuditEvent = {
  id: string;
  seq: number | string;
  at: string;
  actorId: string | null;
  actorLabel: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  requestId: string | null;
  ip: string | null;
  /** Structured (an object) from the server; shown through formatSummary. */
  summary: unknown;
};

export type AuditFilters = { action?: string; actorId?: string; targetId?: string; from?: string; to?: string };
export type AuditQuery = AuditFilters & { page: number; pageSize: number };

export const getAudit = (query: AuditQuery) => api.get<Page<AuditEvent>>('/audit', query);

export const auditQueryOptions = (query: AuditQuery) =>
  queryOptions({ queryKey: ['audit', 'list', query], queryFn: () => getAudit(query), placeholderData: keepPreviousData });

export const useAudit = (query: AuditQuery, enabled = true) => useQuery({ ...auditQueryOptions(query), enabled });
