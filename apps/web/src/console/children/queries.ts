import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CareClass,
  CareClassList,
  ChildEnrolled,
  ChildList,
  ChildRecord,
  CreateChildBody,
} from '@tuoyu/contracts';
import { api } from '../../shared/api';
import { providerDayKey } from '../common/queryKeys';

export interface CreateClassBody {
  type: CareClass['type'];
  name: string;
  capacity: number;
  room?: string;
}

export interface ChildFilters {
  classId?: number;
  page: number;
  pageSize: number;
}

export function useClasses() {
  return useQuery({
    queryKey: [...providerDayKey, 'classes'],
    queryFn: ({ signal }) => api.get<CareClassList>('/api/classes', undefined, signal),
  });
}

export function useCreateClass() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateClassBody) => api.post<CareClass>('/api/classes', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: providerDayKey }),
  });
}

export function useChildren(filters: ChildFilters) {
  return useQuery({
    queryKey: [...providerDayKey, 'children', filters],
    queryFn: ({ signal }) =>
      api.get<ChildList>(
        '/api/children',
        { classId: filters.classId, current: true, page: filters.page, pageSize: filters.pageSize },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useChildRecord(id: number | null) {
  return useQuery({
    queryKey: [...providerDayKey, 'child', id],
    queryFn: ({ signal }) => api.get<ChildRecord>(`/api/children/${id}`, undefined, signal),
    enabled: id !== null,
    // Every read is audited: read it once per opening, not on every focus.
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });
}

export function useCreateChild() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateChildBody) => api.post<ChildEnrolled>('/api/children', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: providerDayKey }),
  });
}

export function useLeaveChild() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, leftOn, reason }: { id: number; leftOn: string; reason: string }) =>
      api.post<unknown>(`/api/children/${id}/leave`, { leftOn, reason }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: providerDayKey }),
  });
}
