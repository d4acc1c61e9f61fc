import type { TFunction } from 'i18next';
import { ApiError } from './api-error';

/**
 * A refusal as the server sends it: a detail item `{ path, code?, params?, message }`, an import
 * issue `{ row, column, code?, params?, reason }`, a close check, or a details object carrying
 * `code` and `params` beside the error's message.
 */
export type Refusal = { code?: string; params?: Record<string, string | number>; message?: string; reason?: string };

/** True for a value shaped like a refusal (a details item or object with a string `code`). */
export const isRefusal = (v: unknown): v is Refusal => typeof v === 'object' && v !== null && typeof (v as Refusal).code === 'string';

/**
 * The refusal in the reader's language: `refusals.<code>` filled with its params, or the server's
 * English text when the code has no translation (a newer server, another module's check).
 */
export function refusalText(t: TFunction, r: Refusal): string {
  const english = r.message ?? r.reason ?? '';
  if (!r.code) return english;
  return t(`refusals.${r.code}`, { ...r.params, defaultValue: english });
}

/** A refusal named by a details object (CONFLICT, PERIOD_LOCKED …), with the error's message as its English text. */
export function errorRefusal(error: unknown): Refusal | undefined {
  if (!(error instanceof ApiError) || Array.isArray(error.details) || !isRefusal(error.details)) return undefined;
  return { code: error.details.code, params: error.details.params, message: error.message };
}
