import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { LedgerSettings } from '../types';

/** Lock date, base currency and the month the fiscal year starts. */
export const getLedgerSettings = () => api.get<LedgerSettings>('/ledger/settings');

export const ledgerSettingsQueryOptions = () => queryOptions({ queryKey: ['ledger', 'settings'], queryFn: getLedgerSettings });

export const useLedgerSettings = (enabled = true) => useQuery({ ...ledgerSettingsQueryOptions(), enabled });
