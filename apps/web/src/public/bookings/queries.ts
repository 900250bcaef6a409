import { useQuery } from '@tanstack/react-query';
import type { MyBookingList, SlotList } from '@tuoyu/contracts';
import { api, apiRequest } from '../../shared/api';
import { myBookingsKey, slotsKey } from './session';

/** A provider's open visit slots. */
export function useProviderSlots(providerId: number) {
  return useQuery({
    queryKey: slotsKey(providerId),
    queryFn: ({ signal }) =>
      api.get<SlotList>(`/api/public/providers/${providerId}/slots`, undefined, signal),
  });
}

/** The parent's own recent bookings, to mark slots already held instead of offering 预约 again. */
export function useMyRecentBookings(enabled: boolean) {
  return useQuery({
    queryKey: [...myBookingsKey, 'recent'],
    queryFn: ({ signal }) =>
      apiRequest<MyBookingList>('/api/my/bookings', { query: { pageSize: 100 }, signal }),
    enabled,
  });
}
