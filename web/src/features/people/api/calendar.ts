import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { CompanyCalendar, Holiday, ImportReport } from '../types';

const invalidate = () => queryClient.invalidateQueries({ queryKey: ['people', 'calendar'] });

/** A year of the company calendar: work week, holidays and the working days they leave. */
export const getCalendar = (year: number) => api.get<CompanyCalendar>('/people/calendar', { year });
export const useCalendar = (year: number, enabled = true) => useQuery({ queryKey: ['people', 'calendar', year], queryFn: () => getCalendar(year), enabled });

export const addHoliday = (input: Omit<Holiday, 'id'>) => api.post<Holiday>('/people/holidays', input);
export const useAddHoliday = () => useMutation({ mutationFn: addHoliday, meta: { inlineError: true }, onSuccess: invalidate });

export const deleteHoliday = (id: string) => api.delete<{ id: string }>(`/people/holidays/${encodeURIComponent(id)}`);
export const useDeleteHoliday = () => useMutation({ mutationFn: deleteHoliday, onSuccess: invalidate });

/** All rows or none; the answer is the row-by-row report. */
export const importHolidays = (csv: string) => api.post<ImportReport>('/people/holidays/import', { csv });
export const useImportHolidays = () => useMutation({ mutationFn: importHolidays, meta: { inlineError: true }, onSuccess: invalidate });
