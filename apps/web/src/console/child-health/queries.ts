import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CheckupRecorded,
  FamilyDoctorBody,
  HealthChildCreated,
  HealthChildList,
  HealthChildQuery,
  HealthChildRecord,
  HealthChildStatusBody,
  HealthImport,
  HealthImportKind,
  HealthWorkCounts,
  HealthWorkList,
  RecordCheckupBody,
  RegisterHealthChildBody,
  ScopedHealthIndicator,
  VaccinationBody,
} from '@tuoyu/contracts';
import { api, apiUpload, toQueryString } from '../../shared/api';
import { DEFAULT_PAGE_SIZE, positiveInt } from '../common/paging';

/** Every child-health query sits under this key, so a write refreshes lists, counts and rates. */
export const childHealthKey = ['child-health'] as const;

export type HealthChildFilters = Pick<HealthChildQuery, 'q' | 'division' | 'status' | 'list'> & {
  page: number;
  pageSize: number;
};

const WORK_LISTS: readonly string[] = ['due_week', 'overdue', 'flagged', 'newborn_unvisited'];
const STATUSES: readonly string[] = ['active', 'moved_out', 'died'];

/** The list page's filters from its address (`?list=overdue&q=王`). */
export function readHealthFilters(params: URLSearchParams): HealthChildFilters {
  const list = params.get('list') ?? '';
  const status = params.get('status') ?? '';
  return {
    q: params.get('q') || undefined,
    division: params.get('division') || undefined,
    status: STATUSES.includes(status) ? (status as HealthChildFilters['status']) : undefined,
    list: WORK_LISTS.includes(list) ? (list as HealthWorkList) : undefined,
    page: positiveInt(params.get('page'), 1),
    pageSize: positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, 100),
  };
}

/** The same filters for the Excel export (every row, no paging). */
export const healthExportHref = ({ page: _p, pageSize: _s, ...filters }: HealthChildFilters) =>
  `/api/child-health/children/export.xlsx${toQueryString(filters)}`;

export function useHealthChildren(filters: HealthChildFilters) {
  return useQuery({
    queryKey: [...childHealthKey, 'children', filters],
    queryFn: ({ signal }) => api.get<HealthChildList>('/api/child-health/children', { ...filters }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useHealthWorkCounts(enabled = true) {
  return useQuery({
    queryKey: [...childHealthKey, 'work-counts'],
    queryFn: ({ signal }) => api.get<HealthWorkCounts>('/api/child-health/work-counts', undefined, signal),
    enabled,
  });
}

export function useHealthChild(id: number) {
  return useQuery({
    queryKey: [...childHealthKey, 'child', id],
    queryFn: ({ signal }) =>
      api.get<HealthChildRecord>(`/api/child-health/children/${id}`, undefined, signal),
    // Every full read is audited: once per visit, not on every focus.
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}

/** A write's success refreshes everything child-health (the record, lists, counts, rates). */
function useHealthWrite<B, R>(request: (body: B) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: childHealthKey }),
  });
}

export const useRegisterHealthChild = () =>
  useHealthWrite((body: RegisterHealthChildBody) =>
    api.post<HealthChildCreated>('/api/child-health/children', body),
  );

export const useRecordCheckup = (id: number) =>
  useHealthWrite((body: RecordCheckupBody) =>
    api.post<CheckupRecorded>(`/api/child-health/children/${id}/checkups`, body),
  );

export const useChangeHealthStatus = (id: number) =>
  useHealthWrite((body: HealthChildStatusBody) =>
    api.post<unknown>(`/api/child-health/children/${id}/status`, body),
  );

export const useSaveFamilyDoctor = (id: number) =>
  useHealthWrite((body: FamilyDoctorBody) =>
    api.put<unknown>(`/api/child-health/children/${id}/family-doctor`, body),
  );

export const useSaveVaccination = (id: number) =>
  useHealthWrite((body: VaccinationBody) =>
    api.put<unknown>(`/api/child-health/children/${id}/vaccination`, body),
  );

export function useHealthIndicator(year: number, division: string | undefined, enabled = true) {
  return useQuery({
    queryKey: [...childHealthKey, 'indicators', year, division ?? ''],
    queryFn: ({ signal }) =>
      api.get<ScopedHealthIndicator>('/api/child-health/indicators', { year, division }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export const unmanagedExportHref = (year: number, division: string | undefined) =>
  `/api/child-health/indicators/unmanaged.xlsx${toQueryString({ year, division })}`;

export const importTemplateHref = (kind: HealthImportKind) =>
  `/api/child-health/imports/${kind}/template.xlsx`;

export const useStartHealthImport = (kind: HealthImportKind) =>
  useMutation({
    mutationFn: (file: File) => apiUpload<HealthImport>(`/api/child-health/imports/${kind}`, file),
  });

/** An import's progress, polled every second while it runs. */
export function useHealthImport(id: number | null) {
  return useQuery({
    queryKey: [...childHealthKey, 'import', id],
    queryFn: ({ signal }) => api.get<HealthImport>(`/api/child-health/imports/${id}`, undefined, signal),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 1000 : false),
  });
}
