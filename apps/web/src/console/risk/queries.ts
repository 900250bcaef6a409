import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { RiskList, RiskQuery } from '@tuoyu/contracts';
import { api } from '../../shared/api';

/** The risk view of the caller's area (or a county inside it), recomputed by the server. */
export function useRisk(query: RiskQuery) {
  return useQuery({
    queryKey: ['risk', query],
    queryFn: ({ signal }) => api.get<RiskList>('/api/risk', query, signal),
    placeholderData: keepPreviousData,
  });
}
