import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';

export type JobChange = { id: string; effectiveDate: string; departmentId?: string | null; reason: string };

export const changeJob = ({ id, ...body }: JobChange) => api.post<{ id: string }>(`/people/employees/${encodeURIComponent(id)}/job-changes`, body);

export const useChangeJob = () =>
  useMutation({ mutationFn: changeJob, meta: { inlineError: true }, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['people'] }) });
