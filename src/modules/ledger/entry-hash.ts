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
 * The text is exactly `JSON.stringify` of the array `[tag, id, journalId, number, date, memo,
 * reference, reversesEntryId, lines, prevHash]` (each line `[n, accountId, currency, "amount",
 * "baseAmount", rate, memo, …dims]`), written piece by piece: a bulk posting hashes every entry, and
 * the arrays built only to be stringified were most of its cost (entry-hash.test.ts holds the two to
 * the same text).
 */
export function canonicalEntry(e: HashableEntry, prevHash: string): string {
  let v2 = false;
  for (const l of e.lines) if (hasDims(l.dims)) v2 = true;
  const j = (v: unknown) => (v === undefined ? 'null' : JSON.stringify(v));
  let out = `[${v2 ? '"kawalis.ledger.entry.v2"' : '"kawalis.ledger.entry.v1"'},${j(e.id)},${j(e.journalId)},${j(e.number)},${j(e.date)},${j(e.memo)},${j(e.reference)},${j(e.reversesEntryId)},[`;
  for (let i = 0; i < e.lines.length; i++) {
    const l = e.lines[i];
    out += `${i ? ',' : ''}[${i + 1},${j(l.accountId)},${j(l.currency)},"${l.amount}","${l.baseAmount}",${j(l.rate)},${j(l.memo)}`;
    if (v2) {
      const d = l.dims ?? [null, null, null];
      out += `,${j(d[0])},${j(d[1])},${j(d[2])}`;
    }
    out += ']';
  }
  return `${out}],${j(prevHash)}]`;
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
