import { ApiError } from './api-error';
import { meQueryKey, queryClient } from './query-client';

export const API_BASE = '/api/v1';

export { ApiError } from './api-error';

type Query = Record<string, string | number | boolean | undefined | null>;
/**
 * `headers` adds request headers (e.g. Idempotency-Key); `as: 'text'` returns the body as text (CSV
 * exports), `as: 'blob'` as a Blob (XLSX and other binary downloads).
 */
type Options = { query?: Query; body?: unknown; signal?: AbortSignal; headers?: Record<string, string>; as?: 'json' | 'text' | 'blob' };

const ACCEPT = { json: 'application/json', text: 'text/*', blob: '*/*' } as const;

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function csrfToken(): string | undefined {
  const me = queryClient.getQueryData<{ csrfToken?: string } | null>(meQueryKey);
  return me?.csrfToken;
}

function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

async function parseError(res: Response): Promise<ApiError> {
  let body: { error?: { code?: string; message?: string; details?: unknown } } | undefined;
  try {
    body = await res.json();
  } catch {
    body = undefined;
  }
  const err = body?.error;
  const fallback = res.status >= 500 ? 'INTERNAL' : 'UNAVAILABLE';
  return new ApiError(res.status, err?.code ?? fallback, err?.message ?? res.statusText, err?.details);
}

export async function request<T>(method: string, path: string, options: Options = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: ACCEPT[options.as ?? 'json'], ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (unsafeMethods.has(method)) {
    const token = csrfToken();
    if (token) headers['X-CSRF-Token'] = token;
  }
  let res: Response;
  try {
    res = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if ((cause as Error)?.name === 'AbortError') throw cause;
    throw new ApiError(0, 'UNAVAILABLE', (cause as Error)?.message ?? 'Network error');
  }
  if (!res.ok) throw await parseError(res);
  if (res.status === 204) return undefined as T;
  if (options.as === 'blob') return (await res.blob()) as T;
  const text = await res.text();
  if (options.as === 'text') return text as T;
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body: body ?? {} }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};

/** The list envelope every paginated endpoint returns. */
export type Page<T> = { items: T[]; page: number; pageSize: number; total: number };
