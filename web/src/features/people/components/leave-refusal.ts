import type { TFunction } from 'i18next';
import { ApiError } from '../../../lib/api-error';

type Details = { field?: string; reason?: string; [k: string]: unknown };

/**
 * A leave request refusal under its field: the server names the field and a reason key
 * (`overlap`, `insufficientBalance`, `beforeHire` …) that `leaveRequests.refusals.*` translates,
 * with its figures (available days, the clashing dates). VALIDATION issues keep their own text.
 */
export function leaveFieldErrors(t: TFunction, error: unknown, fields: readonly string[]): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const issue of error.fieldIssues) if (fields.includes(issue.path) && !out[issue.path]) out[issue.path] = issue.message;
  const d = (error.details ?? {}) as Details;
  if (!Array.isArray(error.details) && typeof d.field === 'string' && fields.includes(d.field)) {
    out[d.field] = d.reason ? t(`leaveRequests.refusals.${d.reason}`, { ...d, defaultValue: error.message }) : error.message;
  }
  return out;
}

/** The translated reason of a refused decision (own request, not an approver, already decided …), or null. */
export function leaveRefusal(t: TFunction, error: unknown): string | null {
  if (!(error instanceof ApiError) || Array.isArray(error.details)) return null;
  const d = (error.details ?? {}) as Details;
  return d.reason ? t(`leaveRequests.refusals.${d.reason}`, { ...d, defaultValue: error.message }) : null;
}
