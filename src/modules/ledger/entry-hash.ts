import { createHash } from 'node:crypto';
import { type DimSet, hasDims } from './journal-entry.ts';

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
  lines: { accountId: string; currency: string; amount: bigint; baseAmount: bigint; rate: string; memo: string | null; dims?: DimSet }[];
}

/**
 * v1 is the form of entries without dimensions (every entry posted before dimensions existed keeps
 * its hash); an entry with any dimension value is hashed as v2, each line ending with its values.
 */
export function canonicalEntry(e: HashableEntry, prevHash: string): string {
  const v2 = e.lines.some((l) => hasDims(l.dims));
  const line = (l: HashableEntry['lines'][number], i: number) => {
    const base = [i + 1, l.accountId, l.currency, l.amount.toString(), l.baseAmount.toString(), l.rate, l.memo];
    return v2 ? [...base, ...(l.dims ?? [null, null, null])] : base;
  };
  return JSON.stringify([
    v2 ? 'kawalis.ledger.entry.v2' : 'kawalis.ledger.entry.v1',
    e.id,
    e.journalId,
    e.number,
    e.date,
    e.memo,
    e.reference,
    e.reversesEntryId,
    e.lines.map(line),
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
