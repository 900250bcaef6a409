import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Created,
  JcAssessMarkBody,
  JcAssessment,
  JcAssessWeightsResult,
  JcWeights,
  Ok,
} from '@tuoyu/contracts';
import { api } from '../../shared/api';

/** Every assessment query of a year sits under this key, so a write refreshes weights and results. */
const key = (year: number) => ['jc-assessment', year] as const;
const base = (year: number) => `/api/jc/assessments/${year}`;

export const exportHref = (year: number) => `${base(year)}/export.xlsx`;

export const useAssessment = (year: number) =>
  useQuery({ queryKey: [...key(year), 'result'], queryFn: () => api.get<JcAssessment>(base(year)) });

export const useWeights = (year: number) =>
  useQuery({
    queryKey: [...key(year), 'weights'],
    queryFn: () => api.get<JcAssessWeightsResult>(`${base(year)}/weights`),
  });

function useYearMutation<B, R>(year: number, send: (body: B) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => qc.invalidateQueries({ queryKey: key(year) }) });
}

export const useSaveWeights = (year: number) =>
  useYearMutation(year, (w: JcWeights) => api.put<JcAssessWeightsResult>(`${base(year)}/weights`, w));
export const useCompute = (year: number) =>
  useYearMutation(year, () => api.post<Ok>(`${base(year)}/compute`));
export const usePublish = (year: number) =>
  useYearMutation(year, () => api.post<Ok>(`${base(year)}/publish`));
export const useAddMark = (year: number) =>
  useYearMutation(year, (b: JcAssessMarkBody) => api.post<Created>(`${base(year)}/marks`, b));
