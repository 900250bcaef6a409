/** The monthly report of each provider, produced from its records. */
import { z } from 'zod';

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
  /** Working days of the month up to today (all of them for a past month): the rate's divisor. */
  workingDaysElapsed: z.number().int(),
  /** False while the month is still running. */
  complete: z.boolean(),
  childDaysPresent: z.number().int(),
  attendanceRate: z.number().nullable(),
  staffByRole: StaffByRole,
  ratioBreaches: z.object({ count: z.number().int(), minutes: z.number().int() }),
  healthCheckCompletion: z.number().nullable(),
});
export type MonthlyReport = z.infer<typeof MonthlyReport>;
export const MonthlyReportList = z.object({ month: z.string(), items: z.array(MonthlyReport) });
export type MonthlyReportList = z.infer<typeof MonthlyReportList>;

export type MonthQuery = z.infer<typeof MonthQuery>;
export type StaffByRole = z.infer<typeof StaffByRole>;
