import { ApiError } from '../../../lib/api-error';

/** The server's VALIDATION issues by field path (first message per path); a CONFLICT naming `details.field` too. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const issue of error.fieldIssues) out[issue.path] ??= issue.message;
  const field = (error.details as { field?: unknown } | undefined)?.field;
  if (error.code === 'CONFLICT' && typeof field === 'string') out[field] = error.message;
  return out;
}
