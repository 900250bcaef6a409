import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type {
  ComplaintFiled,
  ComplaintStats,
  ComplaintTracking,
  MyCommittees,
  NewComplaintBody,
  PublicProviderList,
} from '@tuoyu/contracts';
import { useEffect, useState } from 'react';
import { api } from '../../shared/api';

/** Type-ahead over the public directory (the same search as 找托育), 300 ms after typing stops. */
export function useProviderSearch(q: string) {
  const [debounced, setDebounced] = useState(q);
  useEffect(() => {
    const h = setTimeout(() => setDebounced(q.trim()), 300);
    return () => clearTimeout(h);
  }, [q]);
  return useQuery({
    queryKey: ['public', 'complaint-provider-search', debounced],
    queryFn: ({ signal }) =>
      api.get<PublicProviderList>('/api/public/providers', { q: debounced, pageSize: 5 }, signal),
    enabled: debounced.length >= 2,
    staleTime: 60_000,
  });
}

/** The parent committees the signed-in parent sits on, to file on a committee's behalf. */
export function useMyCommittees(enabled: boolean) {
  return useQuery({
    queryKey: ['my', 'committees'],
    queryFn: ({ signal }) => api.get<MyCommittees>('/api/my/committees', undefined, signal),
    enabled,
  });
}

export function useFileComplaint() {
  return useMutation({
    mutationFn: (body: NewComplaintBody) => api.post<ComplaintFiled>('/api/public/complaints', body),
    // The code replaces the long form: start reading it from the top.
    onSuccess: () => window.scrollTo(0, 0),
  });
}

export function useComplaintStats(month: string) {
  return useQuery({
    queryKey: ['public', 'complaint-stats', month],
    queryFn: ({ signal }) => api.get<ComplaintStats>('/api/public/complaints/stats', { month }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useComplaintTracking(code: string) {
  return useQuery({
    queryKey: ['public', 'complaint', code],
    queryFn: ({ signal }) =>
      api.get<ComplaintTracking>(`/api/public/complaints/${encodeURIComponent(code)}`, undefined, signal),
    retry: false,
  });
}
