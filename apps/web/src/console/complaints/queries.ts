import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CommitteeAnswer,
  ComplaintAssignees,
  ComplaintContact,
  ComplaintDetail,
  ComplaintList,
} from '@tuoyu/contracts';
import { api, apiRequest, type QueryValue, toQueryString } from '../../shared/api';

/** Complaints and parent committees: one query cache key tree. */
const key = ['complaints'] as const;

export interface ComplaintFilters {
  providerId?: number;
  status?: string;
  category?: string;
  overdue?: boolean;
  escalated?: boolean;
  page: number;
  pageSize: number;
}

const apiQuery = (f: Omit<ComplaintFilters, 'page' | 'pageSize'>): Record<string, QueryValue> => ({
  providerId: f.providerId,
  status: f.status,
  category: f.category,
  overdue: f.overdue ? 'true' : undefined,
  escalated: f.escalated ? 'true' : undefined,
});

export const complaintsExportHref = (f: Omit<ComplaintFilters, 'page' | 'pageSize'>) =>
  `/api/complaints/export.xlsx${toQueryString(apiQuery(f))}`;

export function useComplaints(f: ComplaintFilters) {
  return useQuery({
    queryKey: [...key, 'list', f],
    queryFn: ({ signal }) =>
      api.get<ComplaintList>(
        '/api/complaints',
        { ...apiQuery(f), page: f.page, pageSize: f.pageSize },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useComplaint(id: number) {
  return useQuery({
    queryKey: [...key, 'detail', id],
    queryFn: ({ signal }) => api.get<ComplaintDetail>(`/api/complaints/${id}`, undefined, signal),
  });
}

export function useAssignees(id: number, enabled: boolean) {
  return useQuery({
    queryKey: [...key, 'assignees', id],
    queryFn: ({ signal }) =>
      api.get<ComplaintAssignees>(`/api/complaints/${id}/assignees`, undefined, signal),
    enabled,
  });
}

/** One mutation for every step of a case (acknowledge / assign / notes / answer). */
export function useComplaintAction(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      action,
      body,
    }: {
      action: 'acknowledge' | 'assign' | 'notes' | 'answer';
      body?: unknown;
    }) => api.post<ComplaintDetail>(`/api/complaints/${id}/${action}`, body),
    onSuccess: (data) => queryClient.setQueryData([...key, 'detail', id], data),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...key, 'list'] }),
  });
}

/** The complainant's number in clear: an audited read, so only on a click. */
export function useRevealContact(id: number) {
  return useMutation({
    mutationFn: () => api.get<ComplaintContact>(`/api/complaints/${id}/contact`),
  });
}

export function useCommittee(providerId: number | null) {
  return useQuery({
    queryKey: [...key, 'committee', providerId],
    queryFn: ({ signal }) =>
      api.get<CommitteeAnswer>(`/api/providers/${providerId}/committee`, undefined, signal),
    enabled: providerId !== null,
  });
}

export function useCommitteeChange(providerId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (
      c:
        | { kind: 'create'; name?: string }
        | { kind: 'add'; mobile: string }
        | { kind: 'remove'; userId: number },
    ) => {
      const base = `/api/providers/${providerId}/committee`;
      if (c.kind === 'create') return api.post<CommitteeAnswer>(base, c.name ? { name: c.name } : {});
      if (c.kind === 'add') return api.post<CommitteeAnswer>(`${base}/members`, { mobile: c.mobile });
      return apiRequest<CommitteeAnswer>(`${base}/members/${c.userId}`, { method: 'DELETE' });
    },
    onSuccess: (data) => queryClient.setQueryData([...key, 'committee', providerId], data),
  });
}
