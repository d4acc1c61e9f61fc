export type FieldIssue = { path: string; message: string };

/** A failed API call: the HTTP status plus the server's closed error code. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** VALIDATION details as a list of field issues (empty for other codes). */
  get fieldIssues(): FieldIssue[] {
    if (this.code !== 'VALIDATION' || !Array.isArray(this.details)) return [];
    return this.details.filter((d): d is FieldIssue => typeof d?.path === 'string' && typeof d?.message === 'string');
  }
}
