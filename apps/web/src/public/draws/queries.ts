import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PublicDraw, PublicDrawList } from '@tuoyu/contracts';
import { api } from '../../shared/api';

/** `GET /api/public/draws`: published draws, newest first. */
export function usePublicDraws(page: number) {
  return useQuery({
    queryKey: ['public', 'draws', page],
    queryFn: ({ signal }) => api.get<PublicDrawList>('/api/public/draws', { page, pageSize: 20 }, signal),
    placeholderData: keepPreviousData,
  });
}

/** `GET /api/public/draws/:id`: the record anyone can recompute. */
export function usePublicDraw(id: number) {
  return useQuery({
    queryKey: ['public', 'draw', id],
    queryFn: ({ signal }) => api.get<PublicDraw>(`/api/public/draws/${id}`, undefined, signal),
  });
}

/** A time the way people read it, Beijing time: 2026-11-29 16:40. */
export function beijingMinute(iso: string | null): string {
  if (!iso) return '';
  return new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}
