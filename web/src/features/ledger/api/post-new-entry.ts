import { useMutation } from '@tanstack/react-query';
import { API_BASE, ApiError } from '../../../lib/api-client';
import { meQueryKey, queryClient } from '../../../lib/query-client';
import type { Entry, EntryInput } from '../types';

/**
 * Creates and posts an entry in one call. The form sends one Idempotency-Key per entry it is
 * writing, so a retry after a lost response returns the first entry instead of posting twice. The
 * shared client takes no extra headers, so this call builds its request itself (same CSRF token).
 */
export async function postNewEntry({ input, idempotencyKey }: { input: EntryInput; idempotencyKey: string }): Promise<Entry> {
  const csrf = queryClient.getQueryData<{ csrfToken?: string } | null>(meQueryKey)?.csrfToken;
  let res: Response;
  try {
    res = await fetch(`${API_BASE}/ledger/entries/post-new`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'Idempotency-Key': idempotencyKey,
        ...(csrf ? { 'X-CSRF-Token': csrf } : {}),
      },
      body: JSON.stringify(input),
    });
  } catch (cause) {
    throw new ApiError(0, 'UNAVAILABLE', (cause as Error)?.message ?? 'Network error');
  }
  const body = (await res.json().catch(() => undefined)) as (Entry & { error?: { code?: string; message?: string; details?: unknown } }) | undefined;
  if (!res.ok) {
    const err = body?.error;
    throw new ApiError(res.status, err?.code ?? (res.status >= 500 ? 'INTERNAL' : 'UNAVAILABLE'), err?.message ?? res.statusText, err?.details);
  }
  return body as Entry;
}

export const usePostNewEntry = () =>
  useMutation({
    mutationFn: postNewEntry,
    meta: { inlineError: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ledger'] }),
  });
