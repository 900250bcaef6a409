import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DrawBody, PlanBody, PlanDetail, PlanList, PublicDraw } from '@tuoyu/contracts';
import { api, type QueryValue } from '../../shared/api';
import { checklistsKey } from '../checklists/queries';

/** 抽查计划: one query key tree. */
const plansKey = ['inspection-plans'] as const;

export interface PlanFilters {
  page: number;
  pageSize: number;
  drawn?: 0 | 1 | undefined;
}

export const planQuery = (f: PlanFilters): Record<string, QueryValue> => ({ ...f });

export function usePlans(f: PlanFilters) {
  return useQuery({
    queryKey: [...plansKey, 'list', f],
    queryFn: ({ signal }) => api.get<PlanList>('/api/inspection-plans', planQuery(f), signal),
    placeholderData: keepPreviousData,
  });
}

export function usePlan(id: number) {
  return useQuery({
    queryKey: [...plansKey, 'detail', id],
    queryFn: ({ signal }) => api.get<PlanDetail>(`/api/inspection-plans/${id}`, undefined, signal),
  });
}

export function usePublishPlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanBody) => api.post<PublicDraw>('/api/inspection-plans', body),
    onSettled: () => qc.invalidateQueries({ queryKey: [...plansKey, 'list'] }),
  });
}

export function useDrawPlan(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: DrawBody) =>
      api.post<PublicDraw & { drawId: number }>(`/api/inspection-plans/${id}/draw`, body),
    // A draw books inspectors: their pool and conflicts refresh with the plans.
    onSettled: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: plansKey }),
        qc.invalidateQueries({ queryKey: checklistsKey }),
      ]),
  });
}

export function useRevealPlan(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<PublicDraw>(`/api/inspection-plans/${id}/reveal`),
    onSettled: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: plansKey }),
        qc.invalidateQueries({ queryKey: checklistsKey }),
      ]),
  });
}
