import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Checklist,
  ChecklistList,
  ChecklistUpdateBody,
  ConflictBody,
  ConflictList,
  ConflictProviderList,
  Created,
  InspectorList,
} from '@tuoyu/contracts';
import { api, apiRequest } from '../../shared/api';

/** Checklists, the inspector pool and conflicts: one query key tree. */
export const checklistsKey = ['checklists'] as const;

export function useChecklists(history = false) {
  return useQuery({
    queryKey: [...checklistsKey, 'list', history],
    queryFn: ({ signal }) =>
      api.get<ChecklistList>('/api/checklists', history ? { history: 1 } : undefined, signal),
  });
}

export function useSaveChecklist() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: ChecklistUpdateBody }) =>
      api.put<Checklist>(`/api/checklists/${id}`, body),
    onSettled: () => qc.invalidateQueries({ queryKey: [...checklistsKey, 'list'] }),
  });
}

export function useInspectors(divisionCode: string | undefined) {
  return useQuery({
    queryKey: [...checklistsKey, 'inspectors', divisionCode],
    queryFn: ({ signal }) => api.get<InspectorList>('/api/inspectors', { divisionCode }, signal),
    enabled: !!divisionCode,
  });
}

export function useConflicts() {
  return useQuery({
    queryKey: [...checklistsKey, 'conflicts'],
    queryFn: ({ signal }) => api.get<ConflictList>('/api/inspector-conflicts', undefined, signal),
  });
}

export function useConflictProviders() {
  return useQuery({
    queryKey: [...checklistsKey, 'conflict-providers'],
    queryFn: ({ signal }) =>
      api.get<ConflictProviderList>('/api/inspector-conflicts/providers', undefined, signal),
  });
}

export function useDeclareConflict() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ConflictBody) => api.post<Created>('/api/inspector-conflicts', body),
    onSettled: () => qc.invalidateQueries({ queryKey: [...checklistsKey, 'conflicts'] }),
  });
}

export function useWithdrawConflict() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      apiRequest<{ ok: true }>(`/api/inspector-conflicts/${id}`, { method: 'DELETE' }),
    onSettled: () => qc.invalidateQueries({ queryKey: [...checklistsKey, 'conflicts'] }),
  });
}
