import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export type TotpEnrolment = { secret: string; otpauthUrl: string; qrSvg: string };

export const startTotp = (input: { currentPassword: string }) => api.post<TotpEnrolment>('/me/mfa/totp/start', input);

export const useStartTotp = () => useMutation({ mutationFn: startTotp, meta: { inlineError: true } });
