import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Created,
  CreateInspectionBody,
  InspectionDetail,
  InspectionFile,
  InspectionList,
  Ok,
  RectificationList,
  ReplyFindingBody,
  SaveFindingsBody,
  SubmitInspectionBody,
} from '@tuoyu/contracts';
import { api, apiUpload, type QueryValue, toQueryString } from '../../shared/api';

const key = ['inspections'] as const;

export type { InspectionDetail, InspectionFile };
export type InspectionFilters = {
  providerId?: number;
  status?: string;
  kind?: string;
  overdue?: 'true';
  page: number;
  pageSize: number;
};

export function useInspectionList(f: InspectionFilters) {
  return useQuery({
    queryKey: [...key, 'list', f],
    queryFn: ({ signal }) =>
      api.get<InspectionList>('/api/inspections', f as Record<string, QueryValue>, signal),
  });
}

export const exportHref = (f: Omit<InspectionFilters, 'page' | 'pageSize'>) =>
  `/api/inspections/export.xlsx${toQueryString(f as Record<string, QueryValue>)}`;

export function useInspection(id: number) {
  return useQuery({
    queryKey: [...key, 'one', id],
    queryFn: ({ signal }) => api.get<InspectionDetail>(`/api/inspections/${id}`, undefined, signal),
  });
}

/** Saves one or more findings; the page keeps its own copy, so no refetch on every tap. */
export function useSaveFindings(id: number) {
  return useMutation({
    mutationFn: (body: SaveFindingsBody) => api.put<Ok>(`/api/inspections/${id}/findings`, body),
  });
}

export const uploadPhoto = (id: number, file: File) =>
  apiUpload<InspectionFile>(`/api/inspections/${id}/photos`, file);

export function useSubmitInspection(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SubmitInspectionBody) => api.post<unknown>(`/api/inspections/${id}/submit`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useVerifyFinding(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ findingId, accepted, note }: { findingId: number; accepted: boolean; note?: string }) =>
      api.post<unknown>(`/api/inspections/${id}/findings/${findingId}/verify`, { accepted, note }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useRectifications() {
  return useQuery({
    queryKey: [...key, 'rectifications'],
    queryFn: ({ signal }) => api.get<RectificationList>('/api/inspections/rectifications', undefined, signal),
  });
}

export function useReplyFinding() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, findingId, body }: { id: number; findingId: number; body: ReplyFindingBody }) =>
      api.post<unknown>(`/api/inspections/${id}/findings/${findingId}/reply`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useCreateInspection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInspectionBody) => api.post<Created>('/api/inspections', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
