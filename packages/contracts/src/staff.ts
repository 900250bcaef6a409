/** The staff register with its expiry alerts, and the city-wide ban list. */
import { z } from 'zod';
import { IsoDate, MultilineText, Text } from './common';
import { StaffAlertKind, StaffRole } from './enums';

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
  alerts: z.array(z.object({ kind: StaffAlertKind, due: z.string(), label: z.string() })),
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

export type Qualification = z.infer<typeof Qualification>;
export type StaffList = z.infer<typeof StaffList>;
export type CreateBanBody = z.infer<typeof CreateBanBody>;
export type Ban = z.infer<typeof Ban>;
export type BanList = z.infer<typeof BanList>;
/** A hire refused because the person is banned, from the audit log. */
export const RefusedHire = z.object({
  at: z.string(),
  actorUsername: z.string().nullable(),
  divisionCode: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type RefusedHire = z.infer<typeof RefusedHire>;
export const RefusedHireList = z.object({ items: z.array(RefusedHire) });
export type RefusedHireList = z.infer<typeof RefusedHireList>;
