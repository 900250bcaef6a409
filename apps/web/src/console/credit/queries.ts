import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  BlacklistBody,
  BlacklistEntry,
  BlacklistList,
  Created,
  CreditRecordBody,
  CreditRecordList,
  CreditStaffList,
  FilingList,
} from '@tuoyu/contracts';
import type { CreditKind, CreditSubject } from '@tuoyu/domain';
import { api, type QueryValue, toQueryString } from '../../shared/api';

/** The blacklist and credit records: one query cache key tree. */
const key = ['credit'] as const;

export function useBlacklist(enabled: boolean) {
  return useQuery({
    queryKey: [...key, 'blacklist'],
    queryFn: ({ signal }) => api.get<BlacklistList>('/api/blacklist', undefined, signal),
    enabled,
  });
}

function useCreditMutation<V, R>(fn: (v: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export const useBlacklistProvider = () =>
  useCreditMutation((body: BlacklistBody) => api.post<BlacklistEntry>('/api/blacklist', body));
export const useRemoveFromBlacklist = () =>
  useCreditMutation(({ id, reason }: { id: number; reason: string }) =>
    api.post<BlacklistEntry>(`/api/blacklist/${id}/remove`, { reason }),
  );

export interface CreditFilters {
  kind?: CreditKind | undefined;
  subjectType?: CreditSubject | undefined;
  page: number;
}

const creditQuery = (f: Partial<CreditFilters>): Record<string, QueryValue> => ({
  kind: f.kind,
  subjectType: f.subjectType,
  page: f.page,
  pageSize: 20,
});
export const creditExportHref = (f: CreditFilters) =>
  `/api/credit-records/export.xlsx${toQueryString({ kind: f.kind, subjectType: f.subjectType })}`;

export function useCreditRecords(f: CreditFilters) {
  return useQuery({
    queryKey: [...key, 'records', f],
    queryFn: ({ signal }) => api.get<CreditRecordList>('/api/credit-records', creditQuery(f), signal),
    placeholderData: keepPreviousData,
  });
}

export const useAddCreditRecord = () =>
  useCreditMutation((body: CreditRecordBody) => api.post<Created>('/api/credit-records', body));

/** Filed providers in the regulator's scope matching a name, for the pickers. */
export function useProviderSearch(q: string) {
  return useQuery({
    queryKey: [...key, 'providers', q],
    queryFn: ({ signal }) =>
      api.get<FilingList>('/api/filings', { q: q || undefined, status: 'filed', pageSize: 20 }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useProviderStaff(providerId: number | undefined) {
  return useQuery({
    queryKey: [...key, 'staff', providerId],
    queryFn: ({ signal }) =>
      api.get<CreditStaffList>(`/api/credit/providers/${providerId}/staff`, undefined, signal),
    enabled: providerId !== undefined,
  });
}
