import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  HealthChildCreated,
  HealthIndicator,
  LinkMyChildBody,
  MyHealthChildren,
} from '@tuoyu/contracts';
import { api } from '../../shared/api';

const myChildrenKey = ['public', 'my', 'children'] as const;

/** I-2 of the city by county (public: aggregates only). */
export function usePublicHealthIndicator() {
  return useQuery({
    queryKey: ['public', 'indicators', 'health-management'],
    queryFn: ({ signal }) =>
      api.get<HealthIndicator>('/api/public/indicators/health-management', undefined, signal),
    staleTime: 5 * 60_000,
  });
}

/** 我的孩子: the parent's linked children with their schedule, growth and last visit. */
export function useMyChildren() {
  return useQuery({
    queryKey: myChildrenKey,
    queryFn: ({ signal }) => api.get<MyHealthChildren>('/api/my/children', undefined, signal),
  });
}

export function useLinkMyChild() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LinkMyChildBody) => api.post<HealthChildCreated>('/api/my/children', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myChildrenKey }),
  });
}
