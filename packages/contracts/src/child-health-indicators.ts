/** I-2 (3岁以下儿童系统管理率) and its companion rates, public by county and in scope (issue 11 item 4). */
import { z } from 'zod';

/** The rule I-2 is computed by, shown beside the figure. */
export const HealthRule = z.object({
  scheduleAges: z.array(z.number().int()),
  windowDays: z.number().int(),
  windowMode: z.enum(['around', 'after']),
  yearStart: z.string(),
});

export const DivisionRate = z.object({
  divisionCode: z.string(),
  name: z.string(),
  numerator: z.number().int(),
  denominator: z.number().int(),
  rate: z.number().nullable(),
});
export type DivisionRate = z.infer<typeof DivisionRate>;

export const HealthIndicatorQuery = z.object({
  year: z.coerce.number().int().min(2020).max(2100).optional(),
  division: z
    .string()
    .regex(/^\d{6}(\d{3})?$/)
    .optional(),
});

/** I-2 (3岁以下儿童系统管理率) of a reporting year, by county (public: aggregates only). */
export const HealthIndicator = z.object({
  year: z.number().int(),
  period: z.object({ from: z.string(), to: z.string() }),
  asOf: z.string(),
  divisionCode: z.string(),
  numerator: z.number().int(),
  denominator: z.number().int(),
  rate: z.number().nullable(),
  target: z.number(),
  rule: HealthRule,
  byDivision: z.array(DivisionRate),
});
export type HealthIndicator = z.infer<typeof HealthIndicator>;

export const RateFigure = z.object({
  numerator: z.number().int(),
  denominator: z.number().int(),
  rate: z.number().nullable(),
});

/** A child counted but not managed, with the check-ups missed (name masked as in lists). */
export const UnmanagedChild = z.object({
  id: z.number().int(),
  name: z.string(),
  townshipCode: z.string(),
  townshipName: z.string(),
  birthDate: z.string(),
  missedAges: z.array(z.number().int()),
});

/** In scope: townships one level down, the two companion rates, and the children not managed. */
export const ScopedHealthIndicator = HealthIndicator.extend({
  newbornVisit: RateFigure,
  familyDoctor: RateFigure,
  unmanaged: z.array(UnmanagedChild),
  unmanagedTotal: z.number().int(),
});
export type ScopedHealthIndicator = z.infer<typeof ScopedHealthIndicator>;
