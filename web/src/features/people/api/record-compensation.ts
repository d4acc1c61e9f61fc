import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { Compensation } from '../types';

export type PayChange = { id: string } & Pick<Compensation, 'effectiveDate' | 'amount' | 'currency' | 'basis' | 'reason'>;

/** A new rate of pay from a date; the amount travels as a decimal string and is stored encrypted. */
export const recordCompensation = ({ id, ...body }: PayChange) => api.post<{ id: string }>(`/people/employees/${encodeURIComponent(id)}/compensation`, body);

export const useRecordCompensation = () =>
  useMutation({ mutationFn: recordCompensation, meta: { inlineError: true }, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['people'] }) });
