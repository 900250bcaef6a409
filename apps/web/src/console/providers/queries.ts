import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type FeeCeilings,
  FILING_STATUSES,
  type Filing,
  type FilingData,
  type FilingList,
  type FilingStatus,
  type FilingSubmitted,
  type ManagerCreated,
  type PlacesIndicator,
  type RegistrationBody,
  type RegistrationCreated,
} from '@tuoyu/contracts';
import { api, apiUpload, type QueryValue } from '../../shared/api';
import { DEFAULT_PAGE_SIZE, positiveInt } from '../common/paging';

/** Filters of a filing list; they live in the address bar (`?status=submitted&page=2`). */
export interface FilingFilters {
  status?: FilingStatus;
  q?: string;
  divisionCode?: string;
  overdue?: boolean;
  page: number;
  pageSize: number;
}

const isStatus = (value: string | null): value is FilingStatus =>
  FILING_STATUSES.some((status) => status === value);

/** Reads the filters from the address bar; `fallbackStatus` applies when `status` is absent. */
export function readFilingFilters(params: URLSearchParams, fallbackStatus?: FilingStatus): FilingFilters {
  const status = params.get('status');
  return {
    status: status === 'all' ? undefined : isStatus(status) ? status : fallbackStatus,
    q: params.get('q') || undefined,
    divisionCode: params.get('divisionCode') || undefined,
    overdue: params.get('overdue') === 'true' || undefined,
    page: positiveInt(params.get('page'), 1),
    pageSize: positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, 100),
  };
}

export function filingQuery(filters: Partial<FilingFilters>): Record<string, QueryValue> {
  return { ...filters, overdue: filters.overdue ? 'true' : undefined };
}

export const filingsKey = ['filings'] as const;

export function useFilingList(filters: FilingFilters, enabled = true) {
  return useQuery({
    queryKey: [...filingsKey, 'list', filters],
    queryFn: ({ signal }) => api.get<FilingList>('/api/filings', filingQuery(filters), signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Only the number of filings matching `filters` (tab badges, dashboard figures). */
export function useFilingCount(filters: Omit<FilingFilters, 'page' | 'pageSize'>, enabled = true) {
  return useQuery({
    queryKey: [...filingsKey, 'count', filters],
    queryFn: ({ signal }) =>
      api.get<FilingList>('/api/filings', filingQuery({ ...filters, page: 1, pageSize: 1 }), signal),
    select: (data) => data.total,
    enabled,
  });
}

export function useFiling(id: number | undefined) {
  return useQuery({
    queryKey: [...filingsKey, 'one', id],
    queryFn: ({ signal }) => api.get<Filing>(`/api/filings/${id}`, undefined, signal),
    enabled: id !== undefined && Number.isInteger(id),
  });
}

function useInvalidateFilings() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: filingsKey });
}

export function useRegisterProvider() {
  const invalidate = useInvalidateFilings();
  return useMutation({
    mutationFn: (body: RegistrationBody) => api.post<RegistrationCreated>('/api/registrations', body),
    onSuccess: invalidate,
  });
}

export function useIssueManager() {
  const invalidate = useInvalidateFilings();
  return useMutation({
    mutationFn: (providerId: number) => api.post<ManagerCreated>(`/api/providers/${providerId}/manager`),
    onSuccess: invalidate,
  });
}

export function useSaveFiling() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, data }: { id: number; data: FilingData }) =>
      api.put<Filing>(`/api/filings/${id}`, data),
    onSuccess: (filing) => {
      queryClient.setQueryData([...filingsKey, 'one', filing.id], filing);
      return queryClient.invalidateQueries({ queryKey: [...filingsKey, 'list'] });
    },
  });
}

export function useSubmitFiling() {
  const invalidate = useInvalidateFilings();
  return useMutation({
    mutationFn: (id: number) => api.post<FilingSubmitted>(`/api/filings/${id}/submit`),
    onSuccess: invalidate,
  });
}

export type ReviewAction = 'return' | 'accept' | 'suspend' | 'resume' | 'deregister';

export function useReviewAction() {
  const invalidate = useInvalidateFilings();
  return useMutation({
    mutationFn: ({ id, action, body }: { id: number; action: ReviewAction; body: object }) =>
      api.post<unknown>(`/api/filings/${id}/${action}`, body),
    onSuccess: invalidate,
  });
}

const feeCeilingsKey = ['settings', 'fee-ceilings'] as const;

export function useFeeCeilings() {
  return useQuery({
    queryKey: feeCeilingsKey,
    queryFn: ({ signal }) => api.get<FeeCeilings>('/api/settings/fee-ceilings', undefined, signal),
    select: (data) => data.items,
  });
}

export function useSaveFeeCeilings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FeeCeilings) => api.put<FeeCeilings>('/api/settings/fee-ceilings', body),
    onSuccess: (saved) => queryClient.setQueryData(feeCeilingsKey, saved),
  });
}

export function usePlacesIndicator(enabled = true) {
  return useQuery({
    queryKey: ['indicators', 'places'],
    queryFn: ({ signal }) => api.get<PlacesIndicator>('/api/public/indicators/places', undefined, signal),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export interface UploadedFile {
  id: number;
  name: string;
  size: number;
  sha256: string;
  mime: string;
}

/**
 * `POST /api/files` (multipart, field `file`). The JSON client cannot send a form, so this sends
 * the same headers itself (language, the CSRF header) and turns a refusal into the same ApiError.
 */
export const uploadFile = (file: File) => apiUpload<UploadedFile>('/api/files', file);

/** Where a stored document is downloaded (opened inline by the browser). */
export const fileHref = (fileId: number) => `/api/files/${fileId}`;
