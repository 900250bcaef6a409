import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  BlacklistList,
  ComplaintList,
  CreditRecordList,
  IncidentList,
  InspectionList,
  RiskList,
} from '@tuoyu/contracts';
import { api } from '../../../shared/api';

/**
 * One provider's supervision record: the existing scoped lists filtered by `providerId`. The keys
 * sit under each module's own tree, so a change made on its pages refreshes the record too.
 */
const list = <T>(module: string, path: string, providerId: number, pageSize: number) => ({
  queryKey: [module, 'list', { providerId, pageSize }],
  queryFn: ({ signal }: { signal: AbortSignal }) => api.get<T>(path, { providerId, pageSize }, signal),
  placeholderData: keepPreviousData,
});

export const useProviderInspections = (providerId: number, pageSize: number) =>
  useQuery(list<InspectionList>('inspections', '/api/inspections', providerId, pageSize));
export const useProviderComplaints = (providerId: number, pageSize: number) =>
  useQuery(list<ComplaintList>('complaints', '/api/complaints', providerId, pageSize));
export const useProviderIncidents = (providerId: number, pageSize: number) =>
  useQuery(list<IncidentList>('incidents', '/api/incidents', providerId, pageSize));
export const useProviderCredit = (providerId: number, pageSize: number) =>
  useQuery(list<CreditRecordList>('credit', '/api/credit-records', providerId, pageSize));

/** The provider's tier, score and reasons (the area's counts come along unused). */
export function useProviderRisk(providerId: number) {
  return useQuery({
    queryKey: ['risk', { providerId }],
    queryFn: ({ signal }) => api.get<RiskList>('/api/risk', { providerId }, signal),
    select: (data) => ({ since: data.since, item: data.items[0] ?? null }),
  });
}

/** Its current blacklisting, if any (the blacklist in scope is short). */
export function useProviderBlacklisting(providerId: number) {
  return useQuery({
    queryKey: ['credit', 'blacklist', 'current'],
    queryFn: ({ signal }) => api.get<BlacklistList>('/api/blacklist', { current: '1' }, signal),
    select: (data) => data.items.find((e) => e.providerId === providerId && !e.removedAt) ?? null,
  });
}
