import { ApiError } from '../../../lib/api-error';

/**
 * The server's refusals by field: VALIDATION issues carry their path, and a CONFLICT about one field
 * (a dated record that clashes with history) names it in `details.field`. The form shows each under its
 * field and keeps the general alert for what names no field.
 */
export function serverFieldErrors(error: unknown, fields: readonly string[]): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const issue of error.fieldIssues) if (fields.includes(issue.path) && !out[issue.path]) out[issue.path] = issue.message;
  const field = (error.details as { field?: unknown } | undefined)?.field;
  if (error.code !== 'VALIDATION' && typeof field === 'string' && fields.includes(field)) out[field] = error.message;
  return out;
}

/** True when every problem of the error is shown on a field, so the general alert would only repeat it. */
export const allOnFields = (error: unknown, shown: Record<string, string>) =>
  error instanceof ApiError && Object.keys(shown).length > 0 && (error.code !== 'VALIDATION' || error.fieldIssues.every((i) => shown[i.path]));
