import { useMutation, useQuery } from '@tanstack/react-query';
import type { CareClass, Ratios } from '@tuoyu/contracts';
import { api } from '../../shared/api';
import { providerDayKey } from '../common/queryKeys';

export interface RatioBreach {
  id: number;
  providerId: number;
  providerName: string;
  className: string;
  classType: CareClass['type'];
  startedAt: string;
  endedAt: string | null;
  minutes: number;
  childrenPresent: number;
  carersPresent: number;
}

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
    queryFn: ({ signal }) => api.get<{ items: RatioBreach[] }>('/api/ratio-breaches', undefined, signal),
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
    queryFn: ({ signal }) =>
      api.get<{ items: { subject: 'child' | 'staff'; id: number; classId: number; since: string }[] }>(
        '/api/attendance/present',
        undefined,
        signal,
      ),
  });
}

export function useAttendance() {
  return useMutation({
    mutationFn: (body: AttendanceBody) => api.post<unknown>('/api/attendance', body),
  });
}
