import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Settings } from '@tuoyu/domain';
import { api } from '../../shared/api';

/** The city's standards parameters: one cache entry, read by the standards page and the plan drawer. */
const standardsKey = ['settings', 'standards'] as const;

export interface StandardsSettings {
  values: Settings;
  defaults: Settings;
}

const fetchStandards = ({ signal }: { signal: AbortSignal }) =>
  api.get<StandardsSettings>('/api/settings/standards', undefined, signal);

export function useStandards() {
  return useQuery({ queryKey: standardsKey, queryFn: fetchStandards });
}

/** The parameters a plan's sampling starts from (defaultSamplePercent seeds the strata rates). */
export function useSampleSettings() {
  return useQuery({ queryKey: standardsKey, queryFn: fetchStandards, staleTime: 5 * 60_000 });
}

/** Replaces the city's overrides (an empty body restores every default). */
export function useSaveStandards() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<Settings>) => api.put<StandardsSettings>('/api/settings/standards', body),
    onSuccess: (data) => queryClient.setQueryData(standardsKey, data),
  });
}
