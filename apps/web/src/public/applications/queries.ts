import { useQuery } from '@tanstack/react-query';
import type { ApplicationList } from '@tuoyu/contracts';
import { api } from '../../shared/api';

/** Query key of the parent's applications, for invalidation after applying. */
export const myApplicationsKey = ['my', 'applications'] as const;

/** 我的入托申请: the signed-in parent's applications. */
export function useMyApplications() {
  return useQuery({
    queryKey: myApplicationsKey,
    queryFn: ({ signal }) => api.get<ApplicationList>('/api/my/applications', undefined, signal),
  });
}
