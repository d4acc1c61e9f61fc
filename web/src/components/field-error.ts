import type { TFunction } from 'i18next';

/** Client-side messages are translation keys (`validation.*`); server messages are shown as given. */
export function fieldError(t: TFunction, message: string | undefined): string | undefined {
  if (!message) return undefined;
  return message.startsWith('validation.') ? t(message) : message;
}
