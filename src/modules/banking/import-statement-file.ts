import { createHash } from 'node:crypto';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { newId, newIds } from '../../platform/ids.ts';
import { analyseStatementFile } from './analyse-statement-file.ts';
import { presentStatement } from './banking.present.ts';
import { findStatement, insertLines, insertStatement } from './banking.repository.ts';
import type { ImportResult, StatementFileInput } from './banking.schemas.ts';
import type { BankingCall } from './banking-call.ts';
import { refreshContinuity } from './statement-continuity.ts';

const isUnique = (err: unknown) => {
  const e = err as { code?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE';
};

/**
 * The positions of `keys` (distinct) in ascending key order. Fingerprints (`fp:` and 64 hex digits) are
 * ordered by their first hex digits as numbers, the position in the low bits, in a native sort of
 * doubles; an insertion pass on the whole keys then puts any run of equal first digits in order (one
 * comparison a key when there is none). Any other key: a sort by comparison.
 */
export function keyOrder(keys: readonly string[]): ArrayLike<number> {
  const n = keys.length;
  const indexBits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const digits = Math.min(13, Math.floor((52 - indexBits) / 4)); // prefix and position both exact in a double
  const scale = 2 ** indexBits;
  const order = new Float64Array(n);
  let numeric = digits >= 4;
  for (let i = 0; i < n && numeric; i++) {
    const k = keys[i];
    numeric = k.length === 67 && k.startsWith('fp:');
    let v = 0;
    for (let d = 3; d < 3 + digits && numeric; d++) {
      const c = k.charCodeAt(d);
      const h = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1; // 0-9, a-f: a fingerprint's lowercase hex
      numeric = h >= 0;
      v = v * 16 + h;
    }
    order[i] = v * scale + i;
  }
  if (!numeric) return Array.from(keys.keys()).sort((x, y) => (keys[x] < keys[y] ? -1 : keys[x] > keys[y] ? 1 : 0));
  order.sort();
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = order[i] % scale;
  for (let i = 1; i < n; i++) {
    const x = out[i];
    let j = i - 1;
    while (j >= 0 && keys[out[j]] > keys[x]) {
      out[j + 1] = out[j];
      j--;
    }
    out[j + 1] = x;
  }
  return out;
}

/**
 * Import a statement file into a bank account, all or nothing: any error in the file (unreadable,
 * wrong account or currency, a statement that does not add up) refuses the whole file, naming where.
 * A statement imported before is skipped whole; a line already held (same key) is not added again.
 */
export async function importStatementFile(db: CompanyDb, call: BankingCall, input: Partial<StatementFileInput>): Promise<ImportResult> {
  const a = await analyseStatementFile(db, input);
  if (a.errors.length > 0 || !a.format) throw new AppError('VALIDATION', 'The statement file cannot be imported', a.errors);
  const format = a.format;
  const fileSha = createHash('sha256')
    .update(input.contentBase64 ?? '')
    .digest('hex');
  try {
    return await inTransaction(db, async (trx) => {
      const now = call.clock.now().toISOString();
      const seen = new Set(a.known);
      const ids: string[] = [];
      let skipped = 0;
      let imported = 0;
      let duplicates = 0;
      for (const s of [...a.statements].sort((x, y) => x.from.localeCompare(y.from) || x.to.localeCompare(y.to))) {
        if (a.knownStatements.has(s.key)) {
          skipped++;
          duplicates += s.lines.length;
          continue;
        }
        const fresh = s.lines.filter((l) => !seen.has(l.key));
        for (const l of fresh) seen.add(l.key);
        duplicates += s.lines.length - fresh.length;
        imported += fresh.length;
        const id = newId();
        ids.push(id);
        await insertStatement(trx, {
          id,
          bank_account_id: a.account.id,
          format,
          file_name: input.fileName ?? 'statement',
          file_sha256: fileSha,
          statement_key: s.key,
          reference: s.reference,
          from_date: s.from,
          to_date: s.to,
          opening_balance: s.opening,
          closing_balance: s.closing,
          line_count: s.lines.length,
          new_line_count: fresh.length,
          total_credits: s.credits,
          total_debits: s.debits,
          previous_statement_id: null,
          continuity: 'first',
          gap: null,
          imported_by: call.actor.label,
          imported_at: now,
        });
        // in key order, with ascending ids: the key and primary key indexes are appended to, not written at random
        const order = keyOrder(fresh.map((l) => l.key));
        const lineIds = newIds(fresh.length);
        const accountId = a.account.id;
        const currency = a.account.currency;
        await insertLines(trx, fresh.length, (i, v) => {
          const l = fresh[order[i]];
          v[0] = lineIds[i];
          v[1] = accountId;
          v[2] = id;
          v[3] = l.key;
          v[4] = l.bookingDate;
          v[5] = l.valueDate;
          v[6] = l.amount;
          v[7] = currency;
          v[8] = l.text;
          v[9] = l.bankRef;
          v[10] = l.entryRef;
          v[11] = l.endToEndId;
          v[12] = l.counterparty;
          v[13] = now;
        });
        await refreshContinuity(trx, id);
      }
      const rows = [];
      for (const id of ids) rows.push(await findStatement(trx, id));
      const statements = rows.filter((r) => r !== undefined).map((r) => presentStatement(r, a.units));
      await recordAudit(trx, call.clock, call.actor, {
        action: 'banking.statement.imported',
        targetType: 'bank_account',
        targetId: a.account.id,
        summary: {
          fileName: input.fileName,
          format,
          statements: ids.length,
          lines: imported,
          duplicates,
          gaps: statements.filter((s) => s.continuity === 'gap').length,
        },
      });
      return { format, statements, skippedStatements: skipped, importedLines: imported, duplicateLines: duplicates };
    });
  } catch (err) {
    // a concurrent import of the same lines committed first: nothing of this one was written
    if (isUnique(err)) throw new AppError('CONFLICT', 'Another import of these lines finished first; import again to add what is left');
    throw err;
  }
}
