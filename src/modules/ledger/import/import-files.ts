import { appendFile, mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { recordAudit } from '../../../platform/audit/record-audit.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { type CompanyDb, companyIdOf } from '../../../platform/db/company-scope.ts';
import { inTransaction } from '../../../platform/db/transaction.ts';
import { AppError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { enqueueJob } from '../../../platform/jobs/index.ts';
import type { LedgerCall } from '../ledger-db.ts';
import { findImport, type ImportTable, insertImport, presentImport, updateImport } from './imports.repository.ts';

/** The largest file an import takes: about ten million lines. */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;
export const IMPORT_JOB = 'ledger.import';

/** Where an upload is kept: a path the server makes from ids, never from the file's name. */
export const importPath = (dataDir: string, companyId: string, id: string) => join(dataDir, 'imports', companyId, `${id}.upload`);

/** Open an import: the file follows in chunks (the API takes JSON bodies of bounded size only). */
export async function createImport(db: CompanyDb, call: LedgerCall, dataDir: string, input: { format: 'csv' | 'hledger'; fileName: string }) {
  const id = newId();
  const now = call.clock.now().toISOString();
  const path = importPath(dataDir, companyIdOf(db), id);
  await mkdir(join(path, '..'), { recursive: true });
  await appendFile(path, '');
  const row: Omit<ImportTable, 'company_id'> = {
    id,
    format: input.format,
    file_name: input.fileName,
    bytes: 0n,
    status: 'uploading',
    job_id: null,
    file_hash: null,
    rows_read: 0n,
    entries_total: 0n,
    entries_posted: 0n,
    entries_skipped: 0n,
    error_count: 0n,
    errors: '[]',
    created_by: call.actor.userId,
    created_label: call.actor.label,
    created_at: now,
    updated_at: now,
    finished_at: null,
  };
  await insertImport(db, row);
  return presentImport({ ...row, company_id: '' });
}

async function uploading(db: CompanyDb, id: string) {
  const row = await findImport(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  if (row.status !== 'uploading') throw new AppError('CONFLICT', `The import is ${row.status}; no more data is taken`);
  return row;
}

/**
 * Append a chunk at `offset`, which must be the bytes received so far: a retried chunk whose first
 * answer was lost gets CONFLICT naming the size, and the client goes on from there.
 */
export async function appendImportChunk(db: CompanyDb, call: LedgerCall, dataDir: string, id: string, body: { offset?: number; text?: string }) {
  await uploading(db, id);
  const missing = (['offset', 'text'] as const).filter((k) => body[k] === undefined);
  if (missing.length)
    throw new AppError(
      'VALIDATION',
      'A chunk needs its offset and text',
      missing.map((k) => ({ path: k, message: 'Required' })),
    );
  const chunk = body as { offset: number; text: string };
  const path = importPath(dataDir, companyIdOf(db), id);
  const size = (await stat(path)).size;
  if (chunk.offset !== size) throw new AppError('CONFLICT', `The upload holds ${size} bytes; send the chunk at offset ${size}`, { bytes: size });
  const data = Buffer.from(chunk.text, 'utf8');
  if (size + data.length > MAX_IMPORT_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', `An import takes at most ${MAX_IMPORT_BYTES} bytes`);
  await appendFile(path, data);
  await updateImport(db, id, { bytes: BigInt(size + data.length), updated_at: call.clock.now().toISOString() });
  return { bytes: size + data.length };
}

/** The upload is complete: queue the job that checks and posts it. The job and the status commit together. */
export async function startImport(db: CompanyDb, call: LedgerCall, id: string) {
  const row = await uploading(db, id);
  return inTransaction(db, async (trx) => {
    const job = await enqueueJob(trx, call.clock, {
      kind: IMPORT_JOB,
      payload: { importId: id },
      companyId: companyIdOf(db),
      maxAttempts: 3,
      uniqueKey: `ledger.import:${id}`,
    });
    await updateImport(trx, id, { status: 'queued', job_id: job.id, updated_at: call.clock.now().toISOString() });
    await recordAudit(trx, call.clock, call.actor, {
      action: 'ledger.import.started',
      targetType: 'ledger_import',
      targetId: id,
      summary: { file: row.file_name, bytes: Number(row.bytes) },
    });
    return presentImport({ ...row, status: 'queued', job_id: job.id });
  });
}

export async function getImport(db: CompanyDb, id: string) {
  const row = await findImport(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  return presentImport(row);
}

/** The job posts in the name of whoever started the import, holding only the right to post. */
export const importActor = (row: ImportTable, companyId: string): Actor => ({
  userId: row.created_by,
  label: row.created_label,
  companyId,
  permissions: new Set(['ledger.post']),
  roles: [],
  via: 'system',
  stage: 'full',
});

export const removeUpload = (dataDir: string, companyId: string, id: string) => rm(importPath(dataDir, companyId, id), { force: true });
