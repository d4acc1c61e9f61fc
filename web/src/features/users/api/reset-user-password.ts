import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const resetUserPassword = (id: string) => api.post<{ oneTimePassword: string }>(`/users/${encodeURIComponent(id)}/reset-password`);

export const useResetUserPassword = () => useMutation({ mutationFn: resetUserPassword });
