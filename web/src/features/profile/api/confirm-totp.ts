import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const confirmTotp = (input: { code: string }) => api.post<{ recoveryCodes: string[] }>('/me/mfa/totp/confirm', input);

/** The caller refreshes /me once the recovery codes were acknowledged, not before. */
export const useConfirmTotp = () => useMutation({ mutationFn: confirmTotp, meta: { inlineError: true } });
