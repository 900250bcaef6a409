/**
 * Queries several public pages share. Keys start with 'public' so the console's caches never mix
 * with them.
 */
import { useQuery } from '@tanstack/react-query';
import type { Division, PublicOverview } from '@tuoyu/contracts';
import { api } from '../../shared/api';

/** Counties with their townships, in code order, for the 旗县区 / 苏木乡镇 filter. */
export interface CountyOption {
  code: string;
  name: string;
  townships: Division[];
}

/** `GET /api/divisions` (contracts: DivisionList, whose type is not exported on its own). */
interface DivisionList {
  items: Division[];
}

function toCounties(list: DivisionList): CountyOption[] {
  const counties = list.items.filter((d) => d.level === 'county');
  return counties.map((c) => ({
    code: c.code,
    name: c.name,
    townships: list.items.filter((d) => d.level === 'township' && d.parentCode === c.code),
  }));
}

/** `GET /api/divisions`: changes only when an administrator reloads the division list. */
export function useCounties() {
  return useQuery({
    queryKey: ['public', 'divisions'],
    queryFn: ({ signal }) => api.get<DivisionList>('/api/divisions', undefined, signal),
    select: toCounties,
    staleTime: 60 * 60_000,
  });
}

/**
 * Whether the platform runs on demo data, from the home page's overview (already cached when the
 * person came from there): pages whose own answer carries no flag show 演示数据 from it.
 */
export function useDemoFlag(): boolean {
  const overview = useQuery({
    queryKey: ['public', 'overview'],
    queryFn: ({ signal }) => api.get<PublicOverview>('/api/public/overview', undefined, signal),
    staleTime: 5 * 60_000,
  });
  return overview.data?.demo === true;
}
