import type { TFunction } from 'i18next';
import { ApiError } from './api-error';
import { errorRefusal } from './refusal-text';

/** A translated, user-facing message for any thrown value; API codes map to `errors.<CODE>`. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    // A refusal with a reason code the catalogue translates says more than the error code alone.
    const refusal = errorRefusal(error);
    const reason = refusal ? t(`refusals.${refusal.code}`, { ...refusal.params, defaultValue: '' }) : '';
    if (reason) return reason;
    const retryAfter = (error.details as { retryAfter?: number } | undefined)?.retryAfter;
    return t(`errors.${error.code}`, { defaultValue: t('errors.INTERNAL'), retryAfter: retryAfter ?? '' });
  }
  return t('errors.INTERNAL');
}

/** Copies VALIDATION field issues onto a react-hook-form; returns true when any field matched. */
export function applyFieldErrors(
  error: unknown,
  setError: (name: never, error: { type: string; message: string }) => void,
  fieldNames: readonly string[],
): boolean {
  if (!(error instanceof ApiError)) return false;
  let matched = false;
  for (const issue of error.fieldIssues) {
    if (fieldNames.includes(issue.path)) {
      setError(issue.path as never, { type: 'server', message: issue.message });
      matched = true;
    }
  }
  return matched;
}
