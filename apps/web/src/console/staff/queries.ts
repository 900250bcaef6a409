import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateStaffBody, StaffMember } from '@tuoyu/contracts';
import { api } from '../../shared/api';
import { providerDayKey } from '../common/queryKeys';

export interface Ban {
  id: number;
  residentId: string;
  name: string;
  reason: string;
  legalBasis: string;
  decidedOn: string;
  divisionCode: string;
  createdAt: string;
}

export interface CreateBanBody {
  residentId: string;
  name: string;
  reason: string;
  legalBasis: string;
  decidedOn: string;
}

export interface RefusedHire {
  at: string;
  actorUsername: string;
  divisionCode: string;
  details: unknown;
}

export function useStaff() {
  return useQuery({
    queryKey: [...providerDayKey, 'staff'],
    queryFn: ({ signal }) => api.get<{ items: StaffMember[] }>('/api/staff', undefined, signal),
  });
}

export function useCreateStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateStaffBody) => api.post<{ id: number }>('/api/staff', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: providerDayKey }),
  });
}

export function useBans() {
  return useQuery({
    queryKey: [...providerDayKey, 'bans'],
    queryFn: ({ signal }) => api.get<{ items: Ban[] }>('/api/bans', undefined, signal),
  });
}

export function useRefusedHires() {
  return useQuery({
    queryKey: [...providerDayKey, 'refused-hires'],
    queryFn: ({ signal }) => api.get<{ items: RefusedHire[] }>('/api/bans/refused-hires', undefined, signal),
  });
}

export function useCreateBan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateBanBody) => api.post<unknown>('/api/bans', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: providerDayKey }),
  });
}
