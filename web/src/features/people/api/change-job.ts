import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';

/** A field left out keeps the assignment in effect that day; null clears it. */
export type JobChange = {
  id: string;
  effectiveDate: string;
  departmentId?: string | null;
  positionId?: string | null;
  managerId?: string | null;
  reason: string;
};

export const changeJob = ({ id, ...body }: JobChange) => api.post<{ id: string }>(`/people/employees/${encodeURIComponent(id)}/job-changes`, body);

export const useChangeJob = () =>
  useMutation({ mutationFn: changeJob, meta: { inlineError: true }, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['people'] }) });
