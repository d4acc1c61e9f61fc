import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error';

/** The cache key of `GET /me`; the API client reads the CSRF token from this entry. */
export const meQueryKey = ['me'] as const;

type Handlers = {
  onUnauthenticated: () => void;
  onMutationError: (error: unknown) => void;
};

const handlers: Handlers = { onUnauthenticated: () => {}, onMutationError: () => {} };

/** Wired once by the app so the cache can react to an expired session and report failed actions. */
export function setQueryClientHandlers(next: Partial<Handlers>): void {
  Object.assign(handlers, next);
}

function isSessionLost(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401 && error.code === 'UNAUTHENTICATED';
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error, query) => {
      if (query.queryKey[0] !== meQueryKey[0] && isSessionLost(error)) handlers.onUnauthenticated();
    },
  }),
  mutationCache: new MutationCache({
    onError: (error, _vars, _ctx, mutation) => {
      if (isSessionLost(error) && !mutation.meta?.publicForm) {
        handlers.onUnauthenticated();
        return;
      }
      // Forms that show their own error set meta.inlineError; everything else gets a toast.
      if (!mutation.meta?.inlineError) handlers.onMutationError(error);
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    },
  },
});

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: { inlineError?: boolean; publicForm?: boolean };
  }
}
