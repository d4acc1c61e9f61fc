import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../../lib/api-client';
import type { UserRow } from '../types';

export type UsersQuery = { page: number; pageSize: number; q?: string };

export const getUsers = (query: UsersQuery) => api.get<Page<UserRow>>('/users', query);

export const usersQueryOptions = (query: UsersQuery) =>
  queryOptions({ queryKey: ['users', 'list', query], queryFn: () => getUsers(query), placeholderData: keepPreviousData });

export const useUsers = (query: UsersQuery, enabled = true) => useQuery({ ...usersQueryOptions(query), enabled });
