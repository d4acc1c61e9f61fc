import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Position } from '../types';

export const getPositions = () => api.get<{ items: Position[] }>('/people/positions');
export const usePositions = (enabled = true) => useQuery({ queryKey: ['people', 'positions'], queryFn: getPositions, enabled });
