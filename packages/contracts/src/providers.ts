/** The providers module: registration, manager accounts, the filing workflow, fee ceilings. */
import { z } from 'zod';
import { RecordActions } from './access';
import { DivisionCode, IsoDate, MultilineText, PageQuery, pageOf, QueryFlag, Text } from './common';
import {
  ClassType,
  DocumentType,
  FeeUnit,
  FilingStatus,
  LegalForm,
  ProviderKind,
  ServiceForm,
} from './enums';

export const RegistrationBody = z.object({
  name: Text(60),
  creditCode: z.string().trim().toUpperCase(),
  legalForm: LegalForm,
  kind: ProviderKind,
  divisionCode: DivisionCode,
  townshipCode: DivisionCode.optional(),
  address: Text(200),
  serviceForms: z.array(ServiceForm).max(4),
  legalRepresentative: Text(32),
  contactPhone: z
    .string()
    .trim()
    .regex(/^[0-9-]{7,20}$/),
});
export type RegistrationBody = z.infer<typeof RegistrationBody>;

export const RegistrationCreated = z.object({ providerId: z.number().int(), filingId: z.number().int() });

export const Location = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});
export type Location = z.infer<typeof Location>;

export const FilingClass = z.object({
  type: ClassType,
  name: Text(32, { min: 0 }).optional(),
  capacity: z.number().int().min(1).max(200),
  carers: z.number().int().min(0).max(100),
});

export const FilingFee = z.object({
  item: Text(40),
  serviceForm: ServiceForm,
  classType: ClassType.optional(),
  unit: FeeUnit,
  amountFen: z.number().int().min(0).max(100_000_000),
});

export const FilingInsurance = z.object({
  insurer: Text(64),
  policyNo: Text(64),
  validUntil: IsoDate,
});

export const FilingDocument = z.object({ type: DocumentType, fileId: z.number().int().positive() });

/** What the provider fills in for its filing (备案). */
export const FilingData = z.object({
  address: Text(200),
  townshipCode: DivisionCode,
  location: Location,
  buildingAreaM2: z.number().min(0).max(1_000_000),
  outdoorAreaM2: z.number().min(0).max(1_000_000),
  floorMax: z.number().int().min(-5).max(100),
  openingHours: Text(100),
  serviceForms: z.array(ServiceForm).min(1).max(4),
  inclusive: z.boolean(),
  mealsServed: z.boolean(),
  cctvRetentionDays: z.number().int().min(0).max(3650),
  ageFromMonths: z.number().int().min(0).max(36).optional(),
  ageToMonths: z.number().int().min(1).max(36).optional(),
  classes: z.array(FilingClass).max(50),
  fees: z.array(FilingFee).max(100),
  insurance: FilingInsurance.nullable(),
  documents: z.array(FilingDocument).max(50),
});
export type FilingData = z.infer<typeof FilingData>;

export const FilingCheck = z.object({
  id: z.string(),
  ok: z.boolean(),
  standard: z.string(),
  message: z.string(),
  path: z.string().optional(),
});
export type FilingCheck = z.infer<typeof FilingCheck>;

export const FilingEvent = z.object({
  at: z.string(),
  action: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  actorUsername: z.string().nullable(),
  actorName: z.string().nullable(),
  reason: z.string().nullable(),
});

export const ProviderSummary = z.object({
  id: z.number().int(),
  name: z.string(),
  creditCode: z.string(),
  kind: ProviderKind,
  legalForm: LegalForm,
  divisionCode: z.string(),
  divisionName: z.string(),
  townshipCode: z.string().nullable(),
  townshipName: z.string().nullable(),
  address: z.string(),
  serviceForms: z.array(ServiceForm),
  legalRepresentative: z.string(),
  contactPhone: z.string(),
  status: FilingStatus,
  registeredByUnit: z.string(),
  registeredAt: z.string(),
  managerUsername: z.string().nullable(),
});
export type ProviderSummary = z.infer<typeof ProviderSummary>;

export const Filing = z.object({
  id: z.number().int(),
  providerId: z.number().int(),
  provider: ProviderSummary,
  status: FilingStatus,
  /** The form as last saved (the pending change while a change is under review). */
  data: FilingData.nullable(),
  /** The accepted filing the public sees (null until first filed). */
  filedData: FilingData.nullable(),
  version: z.number().int(),
  filingNumber: z.string().nullable(),
  submittedAt: z.string().nullable(),
  dueDate: z.string().nullable(),
  remainingWorkingDays: z.number().int().nullable(),
  overdue: z.boolean(),
  filedAt: z.string().nullable(),
  exceptionReason: z.string().nullable(),
  returnReason: z.string().nullable(),
  checks: z.array(FilingCheck),
  events: z.array(FilingEvent),
  /** Names of the documents the form and the accepted version refer to. */
  files: z.array(
    z.object({ id: z.number().int(), name: z.string(), size: z.number().int(), mime: z.string() }),
  ),
  /** filings.edit while editable (own provider); filings.review while a review action is open. */
  actions: RecordActions,
});
export type Filing = z.infer<typeof Filing>;

export const FilingListItem = z.object({
  id: z.number().int(),
  providerId: z.number().int(),
  providerName: z.string(),
  kind: ProviderKind,
  divisionCode: z.string(),
  divisionName: z.string(),
  status: FilingStatus,
  version: z.number().int(),
  filingNumber: z.string().nullable(),
  submittedAt: z.string().nullable(),
  dueDate: z.string().nullable(),
  remainingWorkingDays: z.number().int().nullable(),
  overdue: z.boolean(),
  updatedAt: z.string(),
});
export const FilingList = pageOf(FilingListItem);
export type FilingList = z.infer<typeof FilingList>;

export const FilingListQuery = PageQuery.extend({
  status: FilingStatus.optional(),
  divisionCode: DivisionCode.optional(),
  q: Text(64, { min: 0 }).optional(),
  overdue: QueryFlag.optional(),
});
export type FilingListQuery = z.infer<typeof FilingListQuery>;

export const ReasonBody = z.object({ reason: MultilineText(500) });
export const AcceptBody = z.object({ exceptionReason: MultilineText(500).optional() });
export const Accepted = z.object({ filingNumber: z.string() });

export const ManagerCreated = z.object({ username: z.string(), initialPassword: z.string() });

export const FeeCeilingItem = z.object({
  classType: ClassType,
  serviceForm: ServiceForm,
  maxMonthlyFen: z.number().int().min(0).max(100_000_000),
});
export const FeeCeilings = z.object({ items: z.array(FeeCeilingItem).max(50) });
export type FeeCeilings = z.infer<typeof FeeCeilings>;

export const FilingVersion = z.object({
  version: z.number().int(),
  filedAt: z.string(),
  filedBy: z.string().nullable(),
  data: FilingData,
});
export const FilingVersions = z.object({ items: z.array(FilingVersion) });
export type FilingVersions = z.infer<typeof FilingVersions>;

export type RegistrationCreated = z.infer<typeof RegistrationCreated>;
export type FilingClass = z.infer<typeof FilingClass>;
export type FilingFee = z.infer<typeof FilingFee>;
export type FilingInsurance = z.infer<typeof FilingInsurance>;
export type FilingDocument = z.infer<typeof FilingDocument>;
export type FilingEvent = z.infer<typeof FilingEvent>;
export type FilingListItem = z.infer<typeof FilingListItem>;
export type ReasonBody = z.infer<typeof ReasonBody>;
export type AcceptBody = z.infer<typeof AcceptBody>;
export type Accepted = z.infer<typeof Accepted>;
export type ManagerCreated = z.infer<typeof ManagerCreated>;
export type FeeCeilingItem = z.infer<typeof FeeCeilingItem>;
export type FilingVersion = z.infer<typeof FilingVersion>;
