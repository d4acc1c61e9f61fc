import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryClient } from '../../../lib/query-client';
import type { LedgerImport } from '../report-types';

/** Characters per chunk: well under the server's 64 KiB JSON body limit even when every one is 3 UTF-8 bytes. */
const CHUNK_CHARS = 12_000;

export const openImport = (fileName: string, format: 'csv' | 'hledger' = 'csv') => api.post<LedgerImport>('/ledger/imports', { format, fileName });

/** Appends `text` at byte `offset`; answers the bytes received so far. */
export const sendImportChunk = (id: string, offset: number, text: string) =>
  api.post<{ bytes: number }>(`/ledger/imports/${encodeURIComponent(id)}/chunks`, { offset, text });

export const startImport = (id: string) => api.post<LedgerImport>(`/ledger/imports/${encodeURIComponent(id)}/start`);

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/**
 * The chunk protocol: open the import, send the file's text in chunks at their byte offsets (cut on
 * whole code points), then start it. `onChunk` reports the bytes sent.
 */
export async function uploadImport({ file, onChunk }: { file: File; onChunk?: (sent: number, total: number) => void }): Promise<LedgerImport> {
  const text = await file.text();
  const total = utf8Bytes(text);
  const opened = await openImport(file.name);
  let offset = 0;
  let at = 0;
  while (at < text.length) {
    let end = Math.min(at + CHUNK_CHARS, text.length);
    // Never split a surrogate pair: the server appends UTF-8 bytes.
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1])) end -= 1;
    const chunk = text.slice(at, end);
    const res = await sendImportChunk(opened.id, offset, chunk);
    offset = res.bytes;
    at = end;
    onChunk?.(offset, total);
  }
  return startImport(opened.id);
}

export const useUploadImport = () =>
  useMutation({
    mutationFn: uploadImport,
    meta: { inlineError: true },
    onSuccess: (started) => queryClient.setQueryData(['ledger', 'imports', started.id], started),
  });
