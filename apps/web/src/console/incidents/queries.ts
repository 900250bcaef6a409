import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ChildList,
  Created,
  DrillBody,
  DrillList,
  EmergencyPlanBody,
  EmergencyPlanList,
  IncidentAlerts,
  IncidentBody,
  IncidentCreated,
  IncidentDetail,
  IncidentList,
  PreparednessList,
} from '@tuoyu/contracts';
import type { IncidentSeverity, IncidentStatus, IncidentType } from '@tuoyu/domain';
import { api, type QueryValue, toQueryString } from '../../shared/api';

/** Incidents, alerts, plans and drills: one query cache key tree. */
const key = ['incidents'] as const;

export interface IncidentFilters {
  providerId?: number | undefined;
  severity?: IncidentSeverity | undefined;
  type?: IncidentType | undefined;
  status?: IncidentStatus | undefined;
  late?: '1' | undefined;
  page: number;
  pageSize: number;
}

export const incidentQuery = (f: Partial<IncidentFilters>): Record<string, QueryValue> => ({
  providerId: f.providerId,
  severity: f.severity,
  type: f.type,
  status: f.status,
  late: f.late,
  page: f.page,
  pageSize: f.pageSize,
});

export const incidentExportHref = (f: Partial<IncidentFilters>) =>
  `/api/incidents/export.xlsx${toQueryString({ ...incidentQuery(f), page: undefined, pageSize: undefined })}`;

export function useIncidents(f: IncidentFilters) {
  return useQuery({
    queryKey: [...key, 'list', f],
    queryFn: ({ signal }) => api.get<IncidentList>('/api/incidents', incidentQuery(f), signal),
    placeholderData: keepPreviousData,
  });
}

/** Unacknowledged serious and critical incidents (regulators only). */
export function useIncidentAlerts(enabled: boolean) {
  return useQuery({
    queryKey: [...key, 'alerts'],
    queryFn: ({ signal }) => api.get<IncidentAlerts>('/api/incidents/alerts', undefined, signal),
    enabled,
    refetchInterval: 60_000,
  });
}

export function useIncident(id: number) {
  return useQuery({
    queryKey: [...key, 'one', id],
    queryFn: ({ signal }) => api.get<IncidentDetail>(`/api/incidents/${id}`, undefined, signal),
  });
}

function useIncidentMutation<V, R>(fn: (v: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export const useReportIncident = () =>
  useIncidentMutation((body: IncidentBody) => api.post<IncidentCreated>('/api/incidents', body));
export const useAcknowledge = () =>
  useIncidentMutation((id: number) => api.post<IncidentDetail>(`/api/incidents/${id}/acknowledge`));
export const useFollowUp = () =>
  useIncidentMutation(({ id, text }: { id: number; text: string }) =>
    api.post<IncidentDetail>(`/api/incidents/${id}/updates`, { text }),
  );
export const useCloseIncident = () =>
  useIncidentMutation(({ id, summary }: { id: number; summary: string }) =>
    api.post<IncidentDetail>(`/api/incidents/${id}/close`, { summary }),
  );

/** The provider's enrolled children, to pick who was involved. */
export function useMyChildren(enabled: boolean) {
  return useQuery({
    queryKey: [...key, 'children'],
    queryFn: ({ signal }) => api.get<ChildList>('/api/children', { pageSize: 100 }, signal),
    enabled,
  });
}

export function usePlans(providerId: number | null) {
  return useQuery({
    queryKey: [...key, 'plans', providerId],
    queryFn: ({ signal }) =>
      api.get<EmergencyPlanList>(`/api/providers/${providerId}/emergency-plans`, undefined, signal),
    enabled: providerId !== null,
  });
}

export function useDrills(providerId: number | null) {
  return useQuery({
    queryKey: [...key, 'drills', providerId],
    queryFn: ({ signal }) => api.get<DrillList>(`/api/providers/${providerId}/drills`, undefined, signal),
    enabled: providerId !== null,
  });
}

export const useAddPlan = (providerId: number) =>
  useIncidentMutation((body: EmergencyPlanBody) =>
    api.post<Created>(`/api/providers/${providerId}/emergency-plans`, body),
  );
export const useAddDrill = (providerId: number) =>
  useIncidentMutation((body: DrillBody) => api.post<Created>(`/api/providers/${providerId}/drills`, body));

export function usePreparedness(overdue: boolean, page: number, enabled: boolean) {
  return useQuery({
    queryKey: [...key, 'preparedness', overdue, page],
    queryFn: ({ signal }) =>
      api.get<PreparednessList>(
        '/api/emergency-preparedness',
        { overdue: overdue ? '1' : undefined, page, pageSize: 20 },
        signal,
      ),
    enabled,
    placeholderData: keepPreviousData,
  });
}
