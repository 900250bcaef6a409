/** Check-in and check-out, and the live staff-to-child ratio per class. */
import { z } from 'zod';
import { IsoDateTime } from './common';
import { AttendanceAction, AttendanceSubject, ClassType } from './enums';

export const AttendanceBody = z.object({
  subject: AttendanceSubject,
  id: z.number().int().positive(),
  classId: z.number().int().positive(),
  action: AttendanceAction,
  at: IsoDateTime.optional(),
});

export const RatioClass = z.object({
  classId: z.number().int(),
  name: z.string(),
  type: ClassType,
  childrenPresent: z.number().int(),
  carersPresent: z.number().int(),
  required: z.number().int(),
  ok: z.boolean(),
  /** When the current breach began (null when the ratio is met). */
  breachSince: z.string().nullable(),
});
export const Ratios = z.object({
  providerId: z.number().int(),
  at: z.string(),
  classes: z.array(RatioClass),
});
export type Ratios = z.infer<typeof Ratios>;

export type AttendanceBody = z.infer<typeof AttendanceBody>;
export type RatioClass = z.infer<typeof RatioClass>;
/** Who is checked in now. */
export const PresentList = z.object({
  items: z.array(
    z.object({
      subject: AttendanceSubject,
      id: z.number().int(),
      classId: z.number().int(),
      since: z.string(),
    }),
  ),
});
export type PresentList = z.infer<typeof PresentList>;

/** A ratio breach with its duration (`endedAt` null while it lasts). */
export const RatioBreach = z.object({
  id: z.number().int(),
  providerId: z.number().int(),
  providerName: z.string(),
  className: z.string(),
  classType: ClassType,
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  minutes: z.number().int(),
  childrenPresent: z.number().int(),
  carersPresent: z.number().int(),
});
export type RatioBreach = z.infer<typeof RatioBreach>;
export const RatioBreachList = z.object({ items: z.array(RatioBreach) });
export type RatioBreachList = z.infer<typeof RatioBreachList>;
