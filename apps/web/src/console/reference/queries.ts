import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Division, DivisionList, Population, PopulationList, UnitList } from '@tuoyu/contracts';
import { api } from '../../shared/api';

// Reference data changes rarely: cache it for the session (other pages reuse it for pickers).
const REFERENCE_STALE_MS = 10 * 60_000;

export function useDivisions() {
  return useQuery({
    queryKey: ['reference', 'divisions'],
    queryFn: ({ signal }) => api.get<DivisionList>('/api/divisions', undefined, signal),
    select: (data) => data.items,
    staleTime: REFERENCE_STALE_MS,
  });
}

export function useUnits() {
  return useQuery({
    queryKey: ['reference', 'units'],
    queryFn: ({ signal }) => api.get<UnitList>('/api/units', undefined, signal),
    select: (data) => data.items,
    staleTime: REFERENCE_STALE_MS,
  });
}

export const populationsKey = ['reference', 'populations'] as const;

export function usePopulations() {
  return useQuery({
    queryKey: populationsKey,
    queryFn: ({ signal }) => api.get<PopulationList>('/api/populations', undefined, signal),
    select: (data) => data.items,
    staleTime: REFERENCE_STALE_MS,
  });
}

export interface PopulationInput {
  divisionCode: string;
  year: number;
  residents: number;
  source: string;
}

/** `PUT /api/populations/:divisionCode/:year` — creates or replaces one figure. */
export function useSavePopulation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ divisionCode, year, residents, source }: PopulationInput) =>
      api.put<Population>(`/api/populations/${encodeURIComponent(divisionCode)}/${year}`, {
        residents,
        source,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: populationsKey }),
  });
}

/** Divisions arranged for display: the city, its counties, each county's townships. */
export interface DivisionTree {
  city: Division | undefined;
  counties: Division[];
  townshipsOf: (countyCode: string) => Division[];
}

export function toDivisionTree(divisions: Division[]): DivisionTree {
  const byParent = new Map<string, Division[]>();
  for (const division of divisions) {
    if (!division.parentCode) continue;
    byParent.set(division.parentCode, [...(byParent.get(division.parentCode) ?? []), division]);
  }
  const byCode = (a: Division, b: Division) => a.code.localeCompare(b.code);
  return {
    city: divisions.find((d) => d.level === 'city'),
    counties: divisions.filter((d) => d.level === 'county').sort(byCode),
    townshipsOf: (countyCode) =>
      (byParent.get(countyCode) ?? []).filter((d) => d.level === 'township').sort(byCode),
  };
}
