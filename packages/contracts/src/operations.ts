import { z } from 'zod';
import { MultilineText, pageOf, Text } from './common';
import { ClassType } from './providers';

const IsoDate = z.iso.date();

export const CareClass = z.object({
  id: z.number().int(),
  type: ClassType,
  name: z.string(),
  capacity: z.number().int(),
  room: z.string().nullable(),
  enrolled: z.number().int(),
});
export type CareClass = z.infer<typeof CareClass>;
export const CareClassList = z.object({ items: z.array(CareClass) });

export const CreateClassBody = z.object({
  type: ClassType,
  name: Text(32),
  capacity: z.number().int().min(1).max(200),
  room: Text(32, { min: 0 }).optional(),
});

export const Guardian = z.object({
  name: Text(32),
  relation: Text(16),
  mobile: z.string().trim(),
});

export const CreateChildBody = z.object({
  name: Text(32),
  residentId: z.string().trim().toUpperCase(),
  guardians: z.array(Guardian).min(1).max(4),
  classId: z.number().int().positive(),
  enrolledOn: IsoDate,
  vaccinationUpToDate: z.boolean(),
  entryExamDate: IsoDate.nullable().optional(),
});
export type CreateChildBody = z.infer<typeof CreateChildBody>;

/** A child in lists: ID number and guardian phones masked (PIPL). */
export const ChildListItem = z.object({
  id: z.number().int(),
  name: z.string(),
  residentId: z.string(),
  birthDate: z.string(),
  sex: z.enum(['male', 'female']),
  classId: z.number().int(),
  className: z.string(),
  guardians: z.array(z.object({ name: z.string(), relation: z.string(), mobile: z.string() })),
  enrolledOn: z.string(),
  leftOn: z.string().nullable(),
  duplicateFlag: z.boolean(),
});
export const ChildList = pageOf(ChildListItem);
export type ChildList = z.infer<typeof ChildList>;

/** The child's own page: the full ID number and phones (every read is audited). */
export const ChildRecord = ChildListItem.extend({
  vaccinationUpToDate: z.boolean(),
  entryExamDate: z.string().nullable(),
  leaveReason: z.string().nullable(),
});
export type ChildRecord = z.infer<typeof ChildRecord>;

export const LeaveBody = z.object({ leftOn: IsoDate, reason: MultilineText(200) });

export const STAFF_ROLES = ['head', 'carer', 'health', 'guard', 'cook', 'other'] as const;
export const StaffRole = z.enum(STAFF_ROLES);

export const Qualification = z.object({
  type: Text(64),
  number: Text(64),
  validUntil: IsoDate.nullable().optional(),
});

export const CreateStaffBody = z.object({
  name: Text(32),
  residentId: z.string().trim().toUpperCase(),
  role: StaffRole,
  mobile: z.string().trim().optional(),
  qualifications: z.array(Qualification).max(20).default([]),
  healthExamDate: IsoDate.nullable().optional(),
  noCriminalRecordDate: IsoDate.nullable().optional(),
  hiredOn: IsoDate,
});
export type CreateStaffBody = z.infer<typeof CreateStaffBody>;

export const StaffMember = z.object({
  id: z.number().int(),
  name: z.string(),
  residentId: z.string(),
  role: StaffRole,
  mobile: z.string().nullable(),
  qualifications: z.array(
    z.object({ type: z.string(), number: z.string(), validUntil: z.string().nullable().optional() }),
  ),
  healthExamDate: z.string().nullable(),
  noCriminalRecordDate: z.string().nullable(),
  hiredOn: z.string(),
  leftOn: z.string().nullable(),
  /** Health exam older than a year (or none): not on duty in ratio counting (standards.md). */
  healthExamLapsed: z.boolean(),
  /** Expiry alerts: the health exam due within 30 days, certificates expiring within 30 days. */
  alerts: z.array(
    z.object({ kind: z.enum(['health_exam', 'qualification']), due: z.string(), label: z.string() }),
  ),
});
export type StaffMember = z.infer<typeof StaffMember>;
export const StaffList = z.object({ items: z.array(StaffMember) });

export const CreateBanBody = z.object({
  residentId: z.string().trim().toUpperCase(),
  name: Text(32),
  reason: MultilineText(500),
  legalBasis: MultilineText(200),
  decidedOn: IsoDate,
});
export const Ban = z.object({
  id: z.number().int(),
  residentId: z.string(),
  name: z.string(),
  reason: z.string(),
  legalBasis: z.string(),
  decidedOn: z.string(),
  divisionCode: z.string(),
  createdAt: z.string(),
});
export const BanList = z.object({ items: z.array(Ban) });

export const AttendanceBody = z.object({
  subject: z.enum(['child', 'staff']),
  id: z.number().int().positive(),
  classId: z.number().int().positive(),
  action: z.enum(['in', 'out']),
  at: z.iso.datetime({ offset: true }).optional(),
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
