import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CareClass,
  ChildList,
  ChildRecord,
  CreateChildBody,
  CreateStaffBody,
  Ratios,
  StaffMember,
} from '@tuoyu/contracts';
import { api } from '../../shared/api';

/** 本机构 (provider operations) and the bans and breaches regulators read: one query cache key tree. */
const opsKey = ['operations'] as const;

export interface CreateClassBody {
  type: CareClass['type'];
  name: string;
  capacity: number;
  room?: string;
}

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

export interface ChildFilters {
  classId?: number;
  page: number;
  pageSize: number;
}

export function useClasses() {
  return useQuery({
    queryKey: [...opsKey, 'classes'],
    queryFn: ({ signal }) => api.get<{ items: CareClass[] }>('/api/classes', undefined, signal),
  });
}

export function useCreateClass() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateClassBody) => api.post<CareClass>('/api/classes', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: opsKey }),
  });
}

export function useChildren(filters: ChildFilters) {
  return useQuery({
    queryKey: [...opsKey, 'children', filters],
    queryFn: ({ signal }) =>
      api.get<ChildList>(
        '/api/children',
        { classId: filters.classId, current: true, page: filters.page, pageSize: filters.pageSize },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useChildRecord(id: number | null) {
  return useQuery({
    queryKey: [...opsKey, 'child', id],
    queryFn: ({ signal }) => api.get<ChildRecord>(`/api/children/${id}`, undefined, signal),
    enabled: id !== null,
    // Every read is audited: read it once per opening, not on every focus.
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });
}

export function useCreateChild() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateChildBody) =>
      api.post<{ id: number; duplicateFlag: boolean }>('/api/children', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: opsKey }),
  });
}

export function useLeaveChild() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, leftOn, reason }: { id: number; leftOn: string; reason: string }) =>
      api.post<unknown>(`/api/children/${id}/leave`, { leftOn, reason }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: opsKey }),
  });
}

export function useStaff() {
  return useQuery({
    queryKey: [...opsKey, 'staff'],
    queryFn: ({ signal }) => api.get<{ items: StaffMember[] }>('/api/staff', undefined, signal),
  });
}

export function useCreateStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateStaffBody) => api.post<{ id: number }>('/api/staff', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: opsKey }),
  });
}

export function useBans() {
  return useQuery({
    queryKey: [...opsKey, 'bans'],
    queryFn: ({ signal }) => api.get<{ items: Ban[] }>('/api/bans', undefined, signal),
  });
}

export function useRefusedHires() {
  return useQuery({
    queryKey: [...opsKey, 'refused-hires'],
    queryFn: ({ signal }) => api.get<{ items: RefusedHire[] }>('/api/bans/refused-hires', undefined, signal),
  });
}

export function useCreateBan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateBanBody) => api.post<unknown>('/api/bans', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: opsKey }),
  });
}

export function useRatios(providerId: number | null) {
  return useQuery({
    queryKey: [...opsKey, 'ratios', providerId],
    queryFn: ({ signal }) => api.get<Ratios>(`/api/providers/${providerId}/ratios`, undefined, signal),
    enabled: providerId !== null,
    refetchInterval: 60_000,
  });
}

export function useRatioBreaches() {
  return useQuery({
    queryKey: [...opsKey, 'ratio-breaches'],
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
    queryKey: [...opsKey, 'present'],
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
