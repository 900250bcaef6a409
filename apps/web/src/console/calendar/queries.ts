import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CalendarDay, CalendarWarning, CalendarYear } from '@tuoyu/contracts';
import { api } from '../../shared/api';

export const calendarKey = (year: number) => ['calendar', year] as const;

export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: calendarKey(year),
    queryFn: ({ signal }) => api.get<CalendarYear>(`/api/calendar/${year}`, undefined, signal),
  });
}

export function useSaveCalendarYear(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (days: CalendarDay[]) => api.put<CalendarYear>(`/api/calendar/${year}`, { days }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(calendarKey(year), saved);
      await queryClient.invalidateQueries({ queryKey: ['calendar-warning'] });
    },
  });
}

/** Next year's schedule missing (from 1 November): for the city and the administrator only. */
export function useCalendarWarning(enabled: boolean) {
  return useQuery({
    queryKey: ['calendar-warning'],
    queryFn: ({ signal }) => api.get<CalendarWarning>('/api/calendar/warning', undefined, signal),
    enabled,
  });
}
