import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Checklist,
  ChecklistList,
  ChecklistUpdateBody,
  ConflictBody,
  ConflictList,
  DrawBody,
  InspectorList,
  PlanBody,
  PlanDetail,
  PlanList,
  PublicDraw,
} from '@tuoyu/contracts';
import type { Settings } from '@tuoyu/domain';
import { api, apiRequest, type QueryValue } from '../../shared/api';

/** Checklists, the inspector pool, conflicts and plans: one query key tree. */
const key = ['supervision-plans'] as const;

export function useChecklists(history = false) {
  return useQuery({
    queryKey: [...key, 'checklists', history],
    queryFn: ({ signal }) =>
      api.get<ChecklistList>('/api/checklists', history ? { history: 1 } : undefined, signal),
  });
}

export function useSaveChecklist() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: ChecklistUpdateBody }) =>
      api.put<Checklist>(`/api/checklists/${id}`, body),
    onSettled: () => qc.invalidateQueries({ queryKey: [...key, 'checklists'] }),
  });
}

export function useInspectors(divisionCode: string | undefined) {
  return useQuery({
    queryKey: [...key, 'inspectors', divisionCode],
    queryFn: ({ signal }) => api.get<InspectorList>('/api/inspectors', { divisionCode }, signal),
    enabled: !!divisionCode,
  });
}

export function useConflicts() {
  return useQuery({
    queryKey: [...key, 'conflicts'],
    queryFn: ({ signal }) => api.get<ConflictList>('/api/inspector-conflicts', undefined, signal),
  });
}

export interface ConflictProvider {
  id: number;
  name: string;
  divisionCode: string;
}

export function useConflictProviders() {
  return useQuery({
    queryKey: [...key, 'conflict-providers'],
    queryFn: ({ signal }) =>
      api.get<{ items: ConflictProvider[] }>('/api/inspector-conflicts/providers', undefined, signal),
  });
}

export function useDeclareConflict() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ConflictBody) => api.post<{ id: number }>('/api/inspector-conflicts', body),
    onSettled: () => qc.invalidateQueries({ queryKey: [...key, 'conflicts'] }),
  });
}

export function useWithdrawConflict() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      apiRequest<{ ok: true }>(`/api/inspector-conflicts/${id}`, { method: 'DELETE' }),
    onSettled: () => qc.invalidateQueries({ queryKey: [...key, 'conflicts'] }),
  });
}

export interface PlanFilters {
  page: number;
  pageSize: number;
  drawn?: 0 | 1 | undefined;
}

export const planQuery = (f: PlanFilters): Record<string, QueryValue> => ({ ...f });

export function usePlans(f: PlanFilters) {
  return useQuery({
    queryKey: [...key, 'plans', f],
    queryFn: ({ signal }) => api.get<PlanList>('/api/inspection-plans', planQuery(f), signal),
    placeholderData: keepPreviousData,
  });
}

export function usePlan(id: number) {
  return useQuery({
    queryKey: [...key, 'plan', id],
    queryFn: ({ signal }) => api.get<PlanDetail>(`/api/inspection-plans/${id}`, undefined, signal),
  });
}

export function usePublishPlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanBody) => api.post<PublicDraw>('/api/inspection-plans', body),
    onSettled: () => qc.invalidateQueries({ queryKey: [...key, 'plans'] }),
  });
}

export function useDrawPlan(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: DrawBody) =>
      api.post<PublicDraw & { drawId: number }>(`/api/inspection-plans/${id}/draw`, body),
    onSettled: () => qc.invalidateQueries({ queryKey: key }),
  });
}

export function useRevealPlan(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<PublicDraw>(`/api/inspection-plans/${id}/reveal`),
    onSettled: () => qc.invalidateQueries({ queryKey: key }),
  });
}

/** The city's standards parameters (defaultSamplePercent seeds the strata rates). */
export function useSampleSettings() {
  return useQuery({
    queryKey: [...key, 'settings'],
    queryFn: ({ signal }) =>
      api.get<{ values: Settings; defaults: Settings }>('/api/settings/standards', undefined, signal),
    staleTime: 5 * 60_000,
  });
}
