/**
 * One reason a file cannot be imported: its CSV record (the header is row 1) or text line, and column;
 * `reason` in English, `code` and `params` the same reason for translation (ledger refusals.ts).
 */
export interface ImportIssue {
  row: number;
  column: string;
  reason: string;
  code?: string;
  params?: Record<string, string | number>;
}

/** Keeps the first `cap` issues and counts them all: a file with a million bad rows gives a short report. */
export class IssueReport {
  readonly issues: ImportIssue[] = [];
  count = 0;
  constructor(readonly cap = 1000) {}
  add(list: ImportIssue[]) {
    for (const i of list) {
      this.count++;
      if (this.issues.length < this.cap) this.issues.push(i);
    }
  }
}

export interface ImportProgress {
  phase: 'validating' | 'posting' | 'done' | 'failed';
  rowsRead: number;
  entriesTotal: number;
  entriesPosted: number;
  entriesSkipped: number;
}

export interface ImportResult {
  ok: boolean;
  fileHash: string;
  rows: number;
  entries: number;
  posted: number;
  /** Entries of this file that an earlier run had posted already. */
  skipped: number;
  errorCount: number;
  errors: ImportIssue[];
  ranges: { journal: string; fiscalYear: number; from: string; to: string }[];
}
