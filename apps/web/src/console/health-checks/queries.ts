import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { HealthCheckBody, HealthCheckCreated, HealthCheckDay } from '@tuoyu/contracts';
import { api } from '../../shared/api';

/** 晨午检: one query cache key tree. */
const healthChecksKey = ['health-checks'] as const;

/** The day's figures per class (children present, checks per session, abnormal results). */
export function useHealthCheckDay() {
  return useQuery({
    queryKey: healthChecksKey,
    queryFn: ({ signal }) => api.get<HealthCheckDay>('/api/health-checks', undefined, signal),
  });
}

export function useRecordHealthCheck() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: HealthCheckBody) => api.post<HealthCheckCreated>('/api/health-checks', body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: healthChecksKey }),
  });
}
