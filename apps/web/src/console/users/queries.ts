import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type CreateUserBody,
  type Ok,
  type ResetPasswordBody,
  ROLES,
  type Role,
  type UpdateUserBody,
  USER_STATUSES,
  type User,
  type UserList,
  type UserStatus,
} from '@tuoyu/contracts';
import { api, type QueryValue } from '../../shared/api';
import { DEFAULT_PAGE_SIZE, positiveInt } from '../common/paging';

/** The list filters; they live in the address bar so a filtered list can be bookmarked or shared. */
export interface UserFilters {
  q?: string;
  role?: Role;
  status?: UserStatus;
  divisionCode?: string;
  page: number;
  pageSize: number;
}

const isRole = (value: string | null): value is Role => ROLES.some((role) => role === value);
const isStatus = (value: string | null): value is UserStatus => USER_STATUSES.some((s) => s === value);

export function readUserFilters(params: URLSearchParams): UserFilters {
  const role = params.get('role');
  const status = params.get('status');
  return {
    q: params.get('q') || undefined,
    role: isRole(role) ? role : undefined,
    status: isStatus(status) ? status : undefined,
    divisionCode: params.get('divisionCode') || undefined,
    page: positiveInt(params.get('page'), 1),
    pageSize: positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, 100),
  };
}

/** The filters as API query parameters (also used for the Excel export link). */
export function userFilterQuery(filters: Partial<UserFilters>): Record<string, QueryValue> {
  return { ...filters };
}

const usersKey = ['users'] as const;

export function useUserList(filters: UserFilters) {
  return useQuery({
    queryKey: [...usersKey, 'list', filters],
    queryFn: ({ signal }) => api.get<UserList>('/api/users', userFilterQuery(filters), signal),
    // Keep the current page on screen while the next one loads (no flash of an empty table).
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserBody) => api.post<User>('/api/users', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateUserBody }) =>
      api.patch<User>(`/api/users/${id}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

export function useResetUserPassword() {
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: ResetPasswordBody }) =>
      api.post<Ok>(`/api/users/${id}/password`, body),
  });
}
