import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AcceptApplicationBody,
  Application,
  ProviderSlot,
  ProviderSlotList,
  SlotBody,
} from '@tuoyu/contracts';
import { api, apiRequest } from '../../shared/api';

/** 计时托时段 and 入托申请: one query cache key tree. */
const deskKey = ['provider-desk'] as const;

export type ApplicationStatus = Application['status'];
export type { Application, ProviderSlot };

export function useSlots(from: string, to: string) {
  return useQuery({
    queryKey: [...deskKey, 'slots', from, to],
    queryFn: ({ signal }) => api.get<ProviderSlotList>('/api/slots', { from, to }, signal),
  });
}

export function useCreateSlot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SlotBody) => api.post<ProviderSlot>('/api/slots', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...deskKey, 'slots'] }),
  });
}

export function useWithdrawSlot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiRequest<unknown>(`/api/slots/${id}`, { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...deskKey, 'slots'] }),
  });
}

export function useApplications(status: ApplicationStatus) {
  return useQuery({
    queryKey: [...deskKey, 'applications', status],
    queryFn: ({ signal }) => api.get<{ items: Application[] }>('/api/applications', { status }, signal),
  });
}

export function useDeclineApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: number; reason: string }) =>
      api.post<unknown>(`/api/applications/${id}/decline`, { reason }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...deskKey, 'applications'] }),
  });
}

export function useAcceptApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: AcceptApplicationBody }) =>
      api.post<{ childId: number; duplicateFlag: boolean }>(`/api/applications/${id}/accept`, body),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: [...deskKey, 'applications'] });
      // The accepted child joins a class: the class counts and the children list change.
      await queryClient.invalidateQueries({ queryKey: ['operations'] });
    },
  });
}
