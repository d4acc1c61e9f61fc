import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export type ChangePasswordInput = { currentPassword: string; newPassword: string };

export const changePassword = (input: ChangePasswordInput) => api.post<void>('/me/password', input);

export const useChangePassword = () => useMutation({ mutationFn: changePassword, meta: { inlineError: true } });
