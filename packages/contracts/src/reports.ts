/**
 * Daily health checks (晨午检), notifications, the monthly report and enrollment applications
 * (issue 4, items 5, 8 and 9).
 */
import { z } from 'zod';
import { MultilineText, Text } from './common';
import { Guardian } from './operations';
import { ClassType, ServiceForm } from './providers';

const IsoDate = z.iso.date();

export const HealthCheckSession = z.enum(['morning', 'noon']);
export type HealthCheckSession = z.infer<typeof HealthCheckSession>;
export const HealthCheckResult = z.enum(['normal', 'abnormal']);

export const HealthCheckBody = z.object({
  childId: z.number().int().positive(),
  session: HealthCheckSession,
  result: HealthCheckResult,
  note: MultilineText(500, { min: 0 }).optional(),
});
export type HealthCheckBody = z.infer<typeof HealthCheckBody>;

export const HealthCheckCreated = z.object({
  id: z.number().int(),
  day: z.string(),
  notificationId: z.number().int().nullable(),
});

export const HealthCheckQuery = z.object({ date: IsoDate.optional() });

/** One class's day: children present, checks done per session, abnormal results. */
export const HealthCheckDay = z.object({
  date: z.string(),
  classes: z.array(
    z.object({
      classId: z.number().int(),
      className: z.string(),
      childrenPresent: z.number().int(),
      checkedMorning: z.number().int(),
      checkedNoon: z.number().int(),
      abnormal: z.number().int(),
    }),
  ),
});
export type HealthCheckDay = z.infer<typeof HealthCheckDay>;

export const Notification = z.object({
  id: z.number().int(),
  childId: z.number().int().nullable(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export const NotificationList = z.object({ items: z.array(Notification) });

export const MonthQuery = z.object({
  // Years 1900–2099: the platform's records never reach outside, and date arithmetic stays four-digit.
  month: z.string().regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])$/, 'YYYY-MM'),
});

export const StaffByRole = z.object({
  head: z.number().int(),
  carer: z.number().int(),
  health: z.number().int(),
  guard: z.number().int(),
  cook: z.number().int(),
  other: z.number().int(),
});

/** The monthly report, produced from the records (never typed in). Rates are % to 1 decimal. */
export const MonthlyReport = z.object({
  providerId: z.number().int(),
  providerName: z.string(),
  month: z.string(),
  capacity: z.number().int(),
  enrolled: z.number().int(),
  workingDays: z.number().int(),
  childDaysPresent: z.number().int(),
  attendanceRate: z.number().nullable(),
  staffByRole: StaffByRole,
  ratioBreaches: z.object({ count: z.number().int(), minutes: z.number().int() }),
  healthCheckCompletion: z.number().nullable(),
});
export type MonthlyReport = z.infer<typeof MonthlyReport>;
export const MonthlyReportList = z.object({ month: z.string(), items: z.array(MonthlyReport) });
export type MonthlyReportList = z.infer<typeof MonthlyReportList>;

export const ApplicationBody = z.object({
  childName: Text(32),
  birthDate: IsoDate,
  desiredStart: IsoDate,
  serviceForm: ServiceForm,
  note: MultilineText(500, { min: 0 }).optional(),
});
export type ApplicationBody = z.infer<typeof ApplicationBody>;

export const ApplicationStatus = z.enum(['waiting', 'accepted', 'declined']);

/** An application; `position` is its place in the waitlist of its provider and class type while waiting. */
export const Application = z.object({
  id: z.number().int(),
  providerId: z.number().int(),
  providerName: z.string(),
  childName: z.string(),
  birthDate: z.string(),
  desiredStart: z.string(),
  serviceForm: z.string(),
  classType: ClassType,
  note: z.string().nullable(),
  status: ApplicationStatus,
  position: z.number().int().nullable(),
  declineReason: z.string().nullable(),
  childId: z.number().int().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type Application = z.infer<typeof Application>;
export const ApplicationList = z.object({ items: z.array(Application) });

export const ApplicationQuery = z.object({ status: ApplicationStatus.optional() });

export const DeclineApplicationBody = z.object({ reason: MultilineText(500) });

export const AcceptApplicationBody = z.object({
  classId: z.number().int().positive(),
  residentId: z.string().trim().toUpperCase(),
  guardians: z.array(Guardian).min(1).max(4),
  vaccinationUpToDate: z.boolean().default(false),
  entryExamDate: IsoDate.nullable().optional(),
});
export type AcceptApplicationBody = z.infer<typeof AcceptApplicationBody>;
