import { useMutation, useQuery } from '@tanstack/react-query';
import type { PresentList, RatioBreachList, Ratios } from '@tuoyu/contracts';
import { api } from '../../shared/api';
import { providerDayKey } from '../common/queryKeys';

export function useRatios(providerId: number | null) {
  return useQuery({
    queryKey: [...providerDayKey, 'ratios', providerId],
    queryFn: ({ signal }) => api.get<Ratios>(`/api/providers/${providerId}/ratios`, undefined, signal),
    enabled: providerId !== null,
    refetchInterval: 60_000,
  });
}

export function useRatioBreaches() {
  return useQuery({
    queryKey: [...providerDayKey, 'ratio-breaches'],
    queryFn: ({ signal }) => api.get<RatioBreachList>('/api/ratio-breaches', undefined, signal),
  });
}

export interface AttendanceBody {
  subject: 'child' | 'staff';
  id: number;
  classId: number;
  action: 'in' | 'out';
}

/** Who is checked in now (the roll call starts from the server's record, not from blank). */
export function usePresent() {
  return useQuery({
    queryKey: [...providerDayKey, 'present'],
    queryFn: ({ signal }) => api.get<PresentList>('/api/attendance/present', undefined, signal),
  });
}

export function useAttendance() {
  return useMutation({
    mutationFn: (body: AttendanceBody) => api.post<unknown>('/api/attendance', body),
  });
}
