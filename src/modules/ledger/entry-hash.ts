import { createHash } from 'node:crypto';

/**
 * Tamper evidence: SHA-256 over an entry's canonical form — a JSON array in a fixed order, amounts
 * as integer strings (never floats), ending with the previous entry's hash in the same journal.
 * Changing any posted amount, account, date or number, or removing an entry, breaks the chain.
 */
export interface HashableEntry {
  id: string;
  journalId: string;
  number: string;
  date: string;
  memo: string | null;
  reference: string | null;
  reversesEntryId: string | null;
  lines: { accountId: string; currency: string; amount: bigint; baseAmount: bigint; rate: string; memo: string | null }[];
}

export function canonicalEntry(e: HashableEntry, prevHash: string): string {
  return JSON.stringify([
    'kawalis.ledger.entry.v1',
    e.id,
    e.journalId,
    e.number,
    e.date,
    e.memo,
    e.reference,
    e.reversesEntryId,
    e.lines.map((l, i) => [i + 1, l.accountId, l.currency, l.amount.toString(), l.baseAmount.toString(), l.rate, l.memo]),
    prevHash,
  ]);
}

export const entryHash = (e: HashableEntry, prevHash: string) => createHash('sha256').update(canonicalEntry(e, prevHash)).digest('hex');

/** A stable fingerprint of a request body, for idempotency: same body, same hash. */
export function requestHash(body: unknown): string {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sorted)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v as object)
              .sort()
              .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
              .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
          )
        : v;
  return createHash('sha256')
    .update(JSON.stringify(sorted(body)))
    .digest('hex');
}
