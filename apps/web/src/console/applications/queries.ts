import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AcceptApplicationBody,
  Application,
  ApplicationAccepted,
  ApplicationList,
} from '@tuoyu/contracts';
import { api } from '../../shared/api';
import { providerDayKey } from '../common/queryKeys';

/** 入托申请: one query cache key tree. */
const applicationsKey = ['applications'] as const;

export type ApplicationStatus = Application['status'];

export function useApplications(status: ApplicationStatus) {
  return useQuery({
    queryKey: [...applicationsKey, status],
    queryFn: ({ signal }) => api.get<ApplicationList>('/api/applications', { status }, signal),
  });
}

export function useDeclineApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: number; reason: string }) =>
      api.post<unknown>(`/api/applications/${id}/decline`, { reason }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: applicationsKey }),
  });
}

export function useAcceptApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: AcceptApplicationBody }) =>
      api.post<ApplicationAccepted>(`/api/applications/${id}/accept`, body),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: applicationsKey });
      // The accepted child joins a class: the class counts and the children list change.
      await queryClient.invalidateQueries({ queryKey: providerDayKey });
    },
  });
}
