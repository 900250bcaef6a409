import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  FileInfo,
  JcCountyMeasure,
  JcCountyMeasureList,
  JcPlanMatrix,
  JcPlanProgress,
  JcPlanProgressBody,
  JcPlanTaskList,
} from '@tuoyu/contracts';
import { api, apiUpload } from '../../shared/api';
import { todayInBeijing } from '../../shared/charts/age';

/** Every query of the plan's pages sits under this key, so a report refreshes list and matrix. */
export const jcPlanKey = ['jc-plan'] as const;

export const thisYear = () => Number(todayInBeijing().slice(0, 4));

export function usePlanTasks(year: number) {
  return useQuery({
    queryKey: [...jcPlanKey, 'tasks', year],
    queryFn: ({ signal }) => api.get<JcPlanTaskList>('/api/jc/plan-tasks', { year }, signal),
  });
}

export function useReportPlanProgress() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: JcPlanProgressBody }) =>
      api.put<JcPlanProgress>(`/api/jc/plan-tasks/${encodeURIComponent(id)}/progress`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: jcPlanKey }),
  });
}

export function usePlanMatrix(year: number) {
  return useQuery({
    queryKey: [...jcPlanKey, 'matrix', year],
    queryFn: ({ signal }) => api.get<JcPlanMatrix>('/api/jc/plan-tasks/matrix', { year }, signal),
  });
}

export const matrixExportHref = (year: number) => `/api/jc/plan-tasks/matrix.xlsx?year=${year}`;

export function useCountyMeasures() {
  return useQuery({
    queryKey: [...jcPlanKey, 'county-measures'],
    queryFn: ({ signal }) => api.get<JcCountyMeasureList>('/api/jc/county-measures', undefined, signal),
  });
}

/** Uploads the document, then names it as the county's measures. */
export function useUploadCountyMeasure() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, title, issuedOn }: { file: File; title: string; issuedOn: string }) => {
      const info = await apiUpload<FileInfo>('/api/jc/county-measures/files', file);
      return api.put<JcCountyMeasure>('/api/jc/county-measures/mine', { title, issuedOn, fileId: info.id });
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: jcPlanKey }),
  });
}
