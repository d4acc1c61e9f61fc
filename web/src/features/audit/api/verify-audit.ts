import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export type AuditVerification = { ok: boolean; checked: number; firstBad?: { id: string; seq: number; reason: string } };

export const verifyAudit = () => api.post<AuditVerification>('/audit/verify');

export const useVerifyAudit = () => useMutation({ mutationFn: verifyAudit, meta: { inlineError: true } });
