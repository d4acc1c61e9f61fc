import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, api } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/query-client';
import type { Me } from '../types';

/**
 * `GET /me`. Resolves to null when nobody is signed in. A session waiting for its second factor may be
 * refused with MFA_REQUIRED; it is reported as a partial Me so the guards can send it to the challenge.
 */
export async function getMe(): Promise<Me | null> {
  try {
    return await api.get<Me>('/me');
  } catch (error) {
    if (error instanceof ApiError && error.code === 'MFA_REQUIRED') return mfaPendingMe();
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

function mfaPendingMe(): Me {
  return {
    user: { id: '', email: '', displayName: '', locale: 'en', timeZone: 'UTC', mfaEnabled: true },
    company: null,
    companies: [],
    roles: [],
    permissions: [],
    stage: 'mfa',
    csrfToken: '',
    nav: [],
  };
}

export const meQueryOptions = () => queryOptions({ queryKey: meQueryKey, queryFn: getMe, staleTime: 60_000 });

export const useMe = () => useQuery(meQueryOptions());
