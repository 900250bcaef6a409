import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MonthlyReport, MonthlyReportList } from '@tuoyu/contracts';
import { api } from '../../shared/api';

/** 月报 (one provider's and the scope's list): one query cache key tree. */
const reportsKey = ['reports'] as const;

export function useProviderReport(providerId: number | null, month: string) {
  return useQuery({
    queryKey: [...reportsKey, 'provider', providerId, month],
    queryFn: ({ signal }) =>
      api.get<MonthlyReport>(`/api/providers/${providerId}/monthly-report`, { month }, signal),
    enabled: providerId !== null,
    placeholderData: keepPreviousData,
  });
}

export function useScopeReports(month: string, enabled: boolean) {
  return useQuery({
    queryKey: [...reportsKey, 'monthly', month],
    queryFn: ({ signal }) => api.get<MonthlyReportList>('/api/reports/monthly', { month }, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
}
