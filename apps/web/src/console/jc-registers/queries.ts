import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Created,
  JcAssociationMemberBody,
  JcAssociationMemberList,
  JcExpertBody,
  JcExpertList,
  Ok,
  PatchJcAssociationMemberBody,
  PatchJcExpertBody,
  PublicProviderList,
} from '@tuoyu/contracts';
import type { JcAssociationRole, JcExpertField } from '@tuoyu/domain';
import { api, toQueryString } from '../../shared/api';

/** The two registers: one query cache key tree. */
const key = ['jc-registers'] as const;

export interface RegisterPage {
  page: number;
  pageSize: number;
}

export const expertsExportHref = (field: JcExpertField | undefined) =>
  `/api/jc/experts/export.xlsx${toQueryString({ field })}`;
export const membersExportHref = (role: JcAssociationRole | undefined) =>
  `/api/jc/association-members/export.xlsx${toQueryString({ role })}`;

export function useExperts(p: RegisterPage & { field?: JcExpertField | undefined }) {
  return useQuery({
    queryKey: [...key, 'experts', p],
    queryFn: ({ signal }) =>
      api.get<JcExpertList>(
        '/api/jc/experts',
        { page: p.page, pageSize: p.pageSize, field: p.field },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useMembers(p: RegisterPage & { role?: JcAssociationRole | undefined }) {
  return useQuery({
    queryKey: [...key, 'members', p],
    queryFn: ({ signal }) =>
      api.get<JcAssociationMemberList>(
        '/api/jc/association-members',
        { page: p.page, pageSize: p.pageSize, role: p.role },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

function useRegisterMutation<V>(fn: (v: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export const useSaveExpert = (id: number | null) =>
  useRegisterMutation((body: JcExpertBody | PatchJcExpertBody) =>
    id === null ? api.post<Created>('/api/jc/experts', body) : api.patch<Ok>(`/api/jc/experts/${id}`, body),
  );

export const useSaveMember = (id: number | null) =>
  useRegisterMutation((body: JcAssociationMemberBody | PatchJcAssociationMemberBody) =>
    id === null
      ? api.post<Created>('/api/jc/association-members', body)
      : api.patch<Ok>(`/api/jc/association-members/${id}`, body),
  );

/** Filed providers by name (the public directory: what the association can link to). */
export function useProviderSearch(q: string) {
  return useQuery({
    queryKey: [...key, 'providers', q],
    queryFn: ({ signal }) =>
      api.get<PublicProviderList>('/api/public/providers', { q: q || undefined, pageSize: 20 }, signal),
    placeholderData: keepPreviousData,
  });
}
