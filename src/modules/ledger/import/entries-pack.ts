import type { BatchEntry } from '../batch-types.ts';
import type { DimSet, MinorLine } from '../journal-entry.ts';
import type { KeyedEntry } from './post-in-batches.ts';

/**
 * A batch of converted entries as a few arrays, for the trip from the import's worker thread to the
 * writer. Sent as objects, each entry and line was rebuilt by the structured clone as an object of
 * its own shape, and the posting code ran about a fifth slower over them than over the converter's
 * own objects; packed, the typed arrays move without a copy and `unpackEntries` builds the objects
 * the posting code expects. Repeated strings (journal, account and currency ids) go once per batch.
 */
export interface PackedEntries {
  keys: string[];
  journals: string[];
  journalOf: Uint32Array;
  dates: string[];
  memos: (string | null)[];
  references: (string | null)[];
  lineCounts: Uint32Array;
  accounts: string[];
  accountOf: Uint32Array;
  currencies: string[];
  currencyOf: Uint32Array;
  amounts: BigInt64Array;
  baseAmounts: BigInt64Array;
  rates: string[];
  lineMemos: (string | null)[];
  /** Three per line (slots 1…3), only when a line of the batch has a dimension value. */
  dims: (string | null)[] | null;
}

class Table {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  of(v: string): number {
    let i = this.index.get(v);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(v);
      this.index.set(v, i);
    }
    return i;
  }
}

const int64 = (v: bigint) => {
  if (BigInt.asIntN(64, v) !== v) throw new Error(`an amount does not fit in 64 bits: ${v}`);
  return v;
};

export function packEntries(batch: KeyedEntry[]): PackedEntries {
  const lineTotal = batch.reduce((n, k) => n + k.entry.lines.length, 0);
  const journals = new Table();
  const accounts = new Table();
  const currencies = new Table();
  const p: PackedEntries = {
    keys: new Array(batch.length),
    journals: journals.values,
    journalOf: new Uint32Array(batch.length),
    dates: new Array(batch.length),
    memos: new Array(batch.length),
    references: new Array(batch.length),
    lineCounts: new Uint32Array(batch.length),
    accounts: accounts.values,
    accountOf: new Uint32Array(lineTotal),
    currencies: currencies.values,
    currencyOf: new Uint32Array(lineTotal),
    amounts: new BigInt64Array(lineTotal),
    baseAmounts: new BigInt64Array(lineTotal),
    rates: new Array(lineTotal),
    lineMemos: new Array(lineTotal),
    dims: batch.some((k) => k.entry.lines.some((l) => l.dims)) ? new Array(lineTotal * 3).fill(null) : null,
  };
  let n = 0;
  batch.forEach(({ key, entry: e }, i) => {
    p.keys[i] = key;
    p.journalOf[i] = journals.of(e.journalId);
    p.dates[i] = e.date;
    p.memos[i] = e.memo;
    p.references[i] = e.reference;
    p.lineCounts[i] = e.lines.length;
    for (const l of e.lines) {
      p.accountOf[n] = accounts.of(l.accountId);
      p.currencyOf[n] = currencies.of(l.currency);
      p.amounts[n] = int64(l.amount);
      p.baseAmounts[n] = int64(l.baseAmount);
      p.rates[n] = l.rate;
      p.lineMemos[n] = l.memo;
      if (p.dims && l.dims) for (let s = 0; s < 3; s++) p.dims[n * 3 + s] = l.dims[s] ?? null;
      n++;
    }
  });
  return p;
}

/** The typed arrays of a packed batch, to transfer rather than copy. */
export const packedBuffers = (p: PackedEntries): ArrayBuffer[] =>
  [p.journalOf, p.lineCounts, p.accountOf, p.currencyOf, p.amounts, p.baseAmounts].map((a) => a.buffer as ArrayBuffer);

export function unpackEntries(p: PackedEntries): KeyedEntry[] {
  const out: KeyedEntry[] = new Array(p.keys.length);
  let n = 0;
  for (let i = 0; i < p.keys.length; i++) {
    const lines: MinorLine[] = new Array(p.lineCounts[i]);
    for (let k = 0; k < lines.length; k++, n++) {
      const line: MinorLine = {
        accountId: p.accounts[p.accountOf[n]],
        currency: p.currencies[p.currencyOf[n]],
        amount: p.amounts[n],
        baseAmount: p.baseAmounts[n],
        rate: p.rates[n],
        memo: p.lineMemos[n],
      };
      if (p.dims && (p.dims[n * 3] !== null || p.dims[n * 3 + 1] !== null || p.dims[n * 3 + 2] !== null)) {
        line.dims = [p.dims[n * 3], p.dims[n * 3 + 1], p.dims[n * 3 + 2]] as DimSet;
      }
      lines[k] = line;
    }
    const entry: BatchEntry = { journalId: p.journals[p.journalOf[i]], date: p.dates[i], memo: p.memos[i], reference: p.references[i], lines };
    out[i] = { key: p.keys[i], entry };
  }
  return out;
}
