/**
 * The closed list of error codes Kawalis returns. Domain code throws `AppError(code)`; only the HTTP
 * layer maps a code to a status, and the web maps it to a translated message. Adding a code means
 * adding it here, to the status map and to both translation files.
 */
export const errorCodes = {
  VALIDATION: 400,
  MALFORMED_JSON: 400,
  UNAUTHENTICATED: 401,
  MFA_REQUIRED: 401,
  FORBIDDEN: 403,
  REAUTH_REQUIRED: 403,
  CSRF: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  IDEMPOTENCY_MISMATCH: 409,
  SETUP_DONE: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  PERIOD_LOCKED: 409,
  UNBALANCED: 422,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorCodes;

export const errorDescriptions: Record<ErrorCode, string> = {
  VALIDATION: 'The input failed validation; details name each field and why.',
  MALFORMED_JSON: 'The request body is not valid JSON.',
  UNAUTHENTICATED: 'No valid session or API token was presented.',
  MFA_REQUIRED: 'The password was right; a second factor is needed to finish signing in.',
  FORBIDDEN: 'The actor lacks the permission this operation declares.',
  REAUTH_REQUIRED: 'This change needs the current password (re-authentication).',
  CSRF: 'A cookie-authenticated unsafe request came without a valid CSRF header or from another origin.',
  NOT_FOUND: 'No such record in the acting company.',
  CONFLICT: 'The request conflicts with the current state of the record.',
  IDEMPOTENCY_MISMATCH: 'The idempotency key was used before with a different body.',
  SETUP_DONE: 'Kawalis is already set up.',
  PAYLOAD_TOO_LARGE: 'The request body is larger than allowed.',
  UNSUPPORTED_MEDIA_TYPE: 'The body must be application/json.',
  RATE_LIMITED: 'Too many attempts; retry after the number of seconds in details.retryAfter.',
  PERIOD_LOCKED: 'The accounting period is locked.',
  UNBALANCED: 'The entry does not balance.',
  INTERNAL: 'An unexpected error; the request id identifies it in the server log.',
  UNAVAILABLE: 'A dependency (such as the database) is unavailable.',
};

/** Values a refusal's text is filled with: account codes, dates, amounts as decimal strings, counts. */
export type RefusalParams = Record<string, string | number>;

/**
 * One item of `details` when it is a list (VALIDATION, UNBALANCED): the field at fault (`path`, e.g.
 * `lines.2.accountId`) and why, in English (`message`). A module may add a stable reason `code` and
 * its `params`, so a client shows the reason in the reader's language and falls back to `message`
 * for a code it does not know. A details object (CONFLICT, PERIOD_LOCKED) may carry `code` and
 * `params` the same way, with the error's `message` as its English text.
 */
export interface ErrorDetail {
  path: string;
  message: string;
  code?: string;
  params?: RefusalParams;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;
  constructor(code: ErrorCode, message?: string, details?: unknown) {
    super(message ?? errorDescriptions[code]);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
  get status(): number {
    return errorCodes[this.code];
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
