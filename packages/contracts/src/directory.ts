/** The public "find care" directory: search, a provider's page, the receipt check. */
import { z } from 'zod';
import { DivisionCode, PageQuery, pageOf, QueryFlag, Text } from './common';
import { ClassType, FilingStatus, ProviderKind, ServiceForm } from './enums';
import { FilingFee, Location } from './providers';

/** Public: the receipt check behind the QR code. */
export const PublicFilingCheck = z.object({
  valid: z.boolean(),
  filingNumber: z.string(),
  providerName: z.string().nullable(),
  filedAt: z.string().nullable(),
  status: FilingStatus.nullable(),
});

export const PublicProviderItem = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: ProviderKind,
  divisionCode: z.string(),
  divisionName: z.string(),
  townshipName: z.string().nullable(),
  address: z.string(),
  serviceForms: z.array(ServiceForm),
  inclusive: z.boolean(),
  capacity: z.number().int(),
  vacancies: z.number().int(),
  minMonthlyFeeFen: z.number().int().nullable(),
  ageFromMonths: z.number().int(),
  ageToMonths: z.number().int(),
  location: Location.nullable(),
  distanceKm: z.number().optional(),
});
export type PublicProviderItem = z.infer<typeof PublicProviderItem>;
export const PublicProviderList = pageOf(PublicProviderItem);
export type PublicProviderList = z.infer<typeof PublicProviderList>;

export const PublicProviderQuery = PageQuery.extend({
  q: Text(64, { min: 0 }).optional(),
  division: DivisionCode.optional(),
  kind: ProviderKind.optional(),
  serviceForm: ServiceForm.optional(),
  inclusive: QueryFlag.optional(),
  ageMonths: z.coerce.number().int().min(0).max(36).optional(),
  hasVacancy: QueryFlag.optional(),
  feeMaxFen: z.coerce.number().int().min(0).optional(),
  near: z
    .string()
    .regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/)
    .optional(),
  radiusKm: z.coerce.number().min(0.1).max(500).optional(),
});
export type PublicProviderQuery = z.infer<typeof PublicProviderQuery>;

export const PublicProviderDetail = PublicProviderItem.extend({
  filingNumber: z.string(),
  filedAt: z.string(),
  openingHours: z.string(),
  contactPhone: z.string(),
  mealsServed: z.boolean(),
  classes: z.array(z.object({ type: ClassType, name: z.string().nullable(), capacity: z.number().int() })),
  fees: z.array(FilingFee),
  qualityGrade: z.string().nullable(),
  /** On the blacklist now: the page shows the decision and takes no applications or bookings. */
  blacklisted: z.boolean(),
  demo: z.boolean(),
});
export type PublicProviderDetail = z.infer<typeof PublicProviderDetail>;
