/**
 * Hourly and temporary care booking (计时托/临时托; plan (四)6): providers publish time slots with a
 * number of places, parents book a place for a child and may cancel before the slot starts.
 */
import { z } from 'zod';
import { IsoDate, pageOf, Text } from './common';
import { BookingStatus, ClassType } from './enums';

/** A wall-clock time in Beijing, `HH:MM` (24 h). */
const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'HH:MM (00:00–23:59)' });

export const SlotBody = z.object({
  date: IsoDate,
  start: ClockTime,
  end: ClockTime,
  places: z.number().int().min(1).max(50),
  classType: ClassType.optional(),
});
export type SlotBody = z.infer<typeof SlotBody>;

/** One bookable slot as parents see it. */
export const Slot = z.object({
  id: z.number().int(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  places: z.number().int(),
  remaining: z.number().int(),
  classType: ClassType.nullable(),
});
export type Slot = z.infer<typeof Slot>;

/** A slot as its provider sees it: with the number of active bookings. */
export const ProviderSlot = Slot.extend({ booked: z.number().int() });
export type ProviderSlot = z.infer<typeof ProviderSlot>;

/** A date range of at most 31 days; both ends default (today … today + 14 days). */
export const SlotRangeQuery = z.object({ from: IsoDate.optional(), to: IsoDate.optional() });
export type SlotRangeQuery = z.infer<typeof SlotRangeQuery>;

export const SlotList = z.object({ items: z.array(Slot) });
export type SlotList = z.infer<typeof SlotList>;
export const ProviderSlotList = z.object({ items: z.array(ProviderSlot) });
export type ProviderSlotList = z.infer<typeof ProviderSlotList>;

export const BookingBody = z.object({
  childName: Text(32),
  birthDate: IsoDate,
});
export type BookingBody = z.infer<typeof BookingBody>;

export const Booking = z.object({
  id: z.number().int(),
  slotId: z.number().int(),
  childName: z.string(),
  birthDate: z.string(),
  status: BookingStatus,
  providerName: z.string(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
});
export type Booking = z.infer<typeof Booking>;

/** A parent's booking in "my bookings": also where, when booked, and whether it can still be cancelled. */
export const MyBooking = Booking.extend({
  providerId: z.number().int(),
  createdAt: z.string(),
  cancelledAt: z.string().nullable(),
  cancellable: z.boolean(),
});
export type MyBooking = z.infer<typeof MyBooking>;

export const MyBookingList = pageOf(MyBooking);
export type MyBookingList = z.infer<typeof MyBookingList>;
