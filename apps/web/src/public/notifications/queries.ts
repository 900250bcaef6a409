import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MyNotificationList } from '@tuoyu/contracts';
import { api } from '../../shared/api';

const key = ['public', 'my', 'notifications'] as const;

/** 我的消息: the signed-in guardian's notices, newest first. */
export function useMyNotifications() {
  return useQuery({
    queryKey: key,
    queryFn: ({ signal }) => api.get<MyNotificationList>('/api/my/notifications', undefined, signal),
  });
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.post(`/api/my/notifications/${id}/read`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
