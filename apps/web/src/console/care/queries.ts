import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { HealthCheckBody, HealthCheckDay, MonthlyReport, MonthlyReportList } from '@tuoyu/contracts';
import type { Settings } from '@tuoyu/domain';
import { api } from '../../shared/api';

/** 晨午检, the monthly report and the city's standards: one query cache key tree. */
const careKey = ['care'] as const;

/** The day's figures per class (children present, checks per session, abnormal results). */
export function useHealthCheckDay() {
  return useQuery({
    queryKey: [...careKey, 'health-checks'],
    queryFn: ({ signal }) => api.get<HealthCheckDay>('/api/health-checks', undefined, signal),
  });
}

export function useRecordHealthCheck() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: HealthCheckBody) =>
      api.post<{ id: number; day: string; notificationId: number | null }>('/api/health-checks', body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...careKey, 'health-checks'] }),
  });
}

export function useProviderReport(providerId: number | null, month: string) {
  return useQuery({
    queryKey: [...careKey, 'report', providerId, month],
    queryFn: ({ signal }) =>
      api.get<MonthlyReport>(`/api/providers/${providerId}/monthly-report`, { month }, signal),
    enabled: providerId !== null,
    placeholderData: keepPreviousData,
  });
}

export function useScopeReports(month: string, enabled: boolean) {
  return useQuery({
    queryKey: [...careKey, 'reports', month],
    queryFn: ({ signal }) => api.get<MonthlyReportList>('/api/reports/monthly', { month }, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export interface StandardsSettings {
  values: Settings;
  defaults: Settings;
}

export function useStandards() {
  return useQuery({
    queryKey: [...careKey, 'standards'],
    queryFn: ({ signal }) => api.get<StandardsSettings>('/api/settings/standards', undefined, signal),
  });
}

/** Replaces the city's overrides (an empty body restores every default). */
export function useSaveStandards() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<Settings>) => api.put<StandardsSettings>('/api/settings/standards', body),
    onSuccess: (data) => queryClient.setQueryData([...careKey, 'standards'], data),
  });
}
