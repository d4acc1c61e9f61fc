import type { MinorLine } from './journal-entry.ts';

/** One entry to post in a batch: already in minor units (the importer resolved codes and amounts). */
export interface BatchEntry {
  journalId: string;
  date: string;
  memo: string | null;
  reference: string | null;
  lines: MinorLine[];
  /** Unique per company; a batch holding a key that exists already is refused as a whole. */
  idempotencyKey?: string | null;
  requestHash?: string | null;
}

export interface BatchRange {
  journal: string;
  fiscalYear: number;
  from: string;
  to: string;
}

export interface BatchResult {
  ids: string[];
  numbers: string[];
  /** Per journal and fiscal year, the contiguous run of numbers the batch took. */
  ranges: BatchRange[];
}

export interface BatchAudit {
  action: string;
  targetType: string;
  targetId: string;
  summary?: Record<string, unknown>;
}
