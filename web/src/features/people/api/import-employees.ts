import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { ImportReport } from '../types';

/** All rows or none: the answer is the row-by-row report; `imported` is 0 when any row was refused. */
export const importEmployees = (csv: string) => api.post<ImportReport>('/people/employees/import', { csv });

export const useImportEmployees = () =>
  useMutation({ mutationFn: importEmployees, meta: { inlineError: true }, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['people'] }) });
