import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { ApiError, api, type Page } from '../../../lib/api-client';
import { meQueryKey, queryClient } from '../../../lib/query-client';
import type { ImportResult, Preview, Statement, StatementFile, StatementWithLines } from '../types';

export const getStatements = (id: string, query: { page: number; pageSize: number }) =>
  api.get<Page<Statement>>(`/banking/accounts/${encodeURIComponent(id)}/statements`, query);
export const useStatements = (id: string, query: { page: number; pageSize: number }) =>
  useQuery({ queryKey: ['banking', 'statements', id, query], queryFn: () => getStatements(id, query), placeholderData: keepPreviousData });

export const getStatement = (id: string, query: { page: number; pageSize: number }) =>
  api.get<StatementWithLines>(`/banking/statements/${encodeURIComponent(id)}`, query);
export const useStatement = (id: string, query: { page: number; pageSize: number }) =>
  useQuery({ queryKey: ['banking', 'statement', id, query], queryFn: () => getStatement(id, query), placeholderData: keepPreviousData });

/** The file's bytes as base64 (the API takes statement files inside JSON, any encoding kept as it is). */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export type Progress = (sent: number, total: number) => void;

/**
 * A JSON POST that reports how much of the body went up (XMLHttpRequest: fetch has no upload
 * progress). Same headers and errors as lib/api-client's `request`.
 */
function postWithProgress<T>(path: string, body: unknown, onProgress?: Progress): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1${path}`);
    xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.setRequestHeader('Accept', 'application/json');
    const token = queryClient.getQueryData<{ csrfToken?: string } | null>(meQueryKey)?.csrfToken;
    if (token) xhr.setRequestHeader('X-CSRF-Token', token);
    xhr.upload.onprogress = (e) => onProgress?.(e.loaded, e.lengthComputable ? e.total : e.loaded);
    xhr.onerror = () => reject(new ApiError(0, 'UNAVAILABLE', 'Network error'));
    xhr.onload = () => {
      let parsed: { error?: { code?: string; message?: string; details?: unknown } } | undefined;
      try {
        parsed = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        parsed = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(parsed as T);
      else {
        const err = parsed?.error;
        reject(new ApiError(xhr.status, err?.code ?? (xhr.status >= 500 ? 'INTERNAL' : 'UNAVAILABLE'), err?.message ?? xhr.statusText, err?.details));
      }
    };
    xhr.send(JSON.stringify(body));
  });
}

export const previewStatement = ({ file, onProgress }: { file: StatementFile; onProgress?: Progress }) =>
  postWithProgress<Preview>('/banking/imports/preview', file, onProgress);
export const usePreviewStatement = () => useMutation({ mutationFn: previewStatement, meta: { inlineError: true } });

export const importStatement = ({ file, onProgress }: { file: StatementFile; onProgress?: Progress }) =>
  postWithProgress<ImportResult>('/banking/imports', file, onProgress);
export const useImportStatement = () =>
  useMutation({ mutationFn: importStatement, meta: { inlineError: true }, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['banking'] }) });
