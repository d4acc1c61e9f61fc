import type { Kysely } from 'kysely';
import type { AuditTables } from './audit.tables.ts';
import { GENESIS_HASH, hashEvent } from './audit-hash.ts';

export interface ChainReport {
  ok: boolean;
  checked: number;
  firstBad?: { id: string; seq: string; reason: string };
}

/**
 * Walk the whole chain in order: each event must carry the previous event's hash, and its own hash
 * must match its content. The first event that fails is named; an edit made with raw SQL shows up
 * as exactly that event.
 */
export async function verifyAuditChain(db: Kysely<AuditTables>, batch = 5000): Promise<ChainReport> {
  let prev = GENESIS_HASH;
  let checked = 0;
  let after = -1n;
  for (;;) {
    const rows = await db.selectFrom('audit_event').selectAll().where('seq', '>', after).orderBy('seq').limit(batch).execute();
    for (const row of rows) {
      const seq = BigInt(row.seq);
      if (row.prev_hash !== prev) {
        return { ok: false, checked, firstBad: { id: row.id, seq: seq.toString(), reason: 'prev_hash does not match the previous event' } };
      }
      if (hashEvent(row) !== row.hash) {
        return { ok: false, checked, firstBad: { id: row.id, seq: seq.toString(), reason: 'content does not match its hash' } };
      }
      prev = row.hash;
      checked++;
      after = seq;
    }
    if (rows.length < batch) return { ok: true, checked };
  }
}
