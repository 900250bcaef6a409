import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProviderSlot, ProviderSlotList, SlotBody } from '@tuoyu/contracts';
import { api, apiRequest } from '../../shared/api';

/** 计时托时段: one query cache key tree. */
const slotsKey = ['slots'] as const;

export function useSlots(from: string, to: string) {
  return useQuery({
    queryKey: [...slotsKey, from, to],
    queryFn: ({ signal }) => api.get<ProviderSlotList>('/api/slots', { from, to }, signal),
  });
}

export function useCreateSlot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SlotBody) => api.post<ProviderSlot>('/api/slots', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: slotsKey }),
  });
}

export function useWithdrawSlot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiRequest<unknown>(`/api/slots/${id}`, { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: slotsKey }),
  });
}
