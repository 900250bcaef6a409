import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  BanList,
  CreateBanBody,
  Created,
  CreateStaffBody,
  RefusedHireList,
  StaffList,
} from '@tuoyu/contracts';
import { api } from '../../shared/api';
import { providerDayKey } from '../common/queryKeys';

export function useStaff() {
  return useQuery({
    queryKey: [...providerDayKey, 'staff'],
    queryFn: ({ signal }) => api.get<StaffList>('/api/staff', undefined, signal),
  });
}

export function useCreateStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateStaffBody) => api.post<Created>('/api/staff', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: providerDayKey }),
  });
}

export function useBans() {
  return useQuery({
    queryKey: [...providerDayKey, 'bans'],
    queryFn: ({ signal }) => api.get<BanList>('/api/bans', undefined, signal),
  });
}

export function useRefusedHires() {
  return useQuery({
    queryKey: [...providerDayKey, 'refused-hires'],
    queryFn: ({ signal }) => api.get<RefusedHireList>('/api/bans/refused-hires', undefined, signal),
  });
}

export function useCreateBan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateBanBody) => api.post<unknown>('/api/bans', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: providerDayKey }),
  });
}
