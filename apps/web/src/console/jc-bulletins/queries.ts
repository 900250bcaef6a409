import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Created,
  CreateJcBulletinBody,
  IssueJcBulletinBody,
  JcBulletin,
  JcBulletinIssued,
  JcBulletinList,
  Ok,
  PatchJcBulletinBody,
} from '@tuoyu/contracts';
import type { JcBulletinStatus } from '@tuoyu/domain';
import { api } from '../../shared/api';

/** The bulletins: one query cache key tree. */
const key = ['jc-bulletins'] as const;

export interface BulletinFilters {
  page: number;
  pageSize: number;
  year?: number | undefined;
  status?: JcBulletinStatus | undefined;
}

export function useBulletins(f: BulletinFilters) {
  return useQuery({
    queryKey: [...key, 'list', f],
    queryFn: ({ signal }) =>
      api.get<JcBulletinList>(
        '/api/jc/bulletins',
        { page: f.page, pageSize: f.pageSize, year: f.year, status: f.status },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useBulletin(id: number) {
  return useQuery({
    queryKey: [...key, 'one', id],
    queryFn: ({ signal }) => api.get<JcBulletin>(`/api/jc/bulletins/${id}`, undefined, signal),
  });
}

function useBulletinMutation<V, R>(fn: (v: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export const useCreateBulletin = () =>
  useBulletinMutation((body: CreateJcBulletinBody) => api.post<Created>('/api/jc/bulletins', body));
export const usePatchBulletin = (id: number) =>
  useBulletinMutation((body: PatchJcBulletinBody) => api.patch<Ok>(`/api/jc/bulletins/${id}`, body));
export const useIssueBulletin = (id: number) =>
  useBulletinMutation((body: IssueJcBulletinBody) =>
    api.post<JcBulletinIssued>(`/api/jc/bulletins/${id}/issue`, body),
  );
export const useAcknowledgeBulletin = (id: number) =>
  useBulletinMutation(() => api.post<Ok>(`/api/jc/bulletins/${id}/acknowledge`, {}));
