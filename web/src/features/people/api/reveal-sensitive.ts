import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Sensitive } from '../types';

/** A POST, audited on the server; the answer is kept in component state only, never cached or stored. */
export const revealSensitive = (id: string) => api.post<Sensitive>(`/people/employees/${encodeURIComponent(id)}/reveal`);

export const useRevealSensitive = () => useMutation({ mutationFn: revealSensitive });
