/** HTTP contracts of the blacklist and credit records (SPEC C2, C4). */
import { z } from 'zod';
import { IsoDate, MultilineText, PageQuery, pageOf, QueryFlagOr01, Text } from './common';
import { CreditKind, CreditSubject } from './enums';

export const BlacklistBody = z.object({
  providerId: z.number().int().positive(),
  decision: MultilineText(2000),
  legalBasis: MultilineText(500),
  decidedOn: IsoDate,
  decidingUnit: Text(100),
  documentNumber: Text(100, { min: 0 }).optional(),
});
export type BlacklistBody = z.infer<typeof BlacklistBody>;
export const BlacklistRemoveBody = z.object({ reason: MultilineText(1000) });

export const BlacklistEntry = z.object({
  id: z.number().int(),
  providerId: z.number().int(),
  providerName: z.string(),
  creditCode: z.string(),
  divisionName: z.string(),
  decision: z.string(),
  legalBasis: z.string(),
  decidedOn: z.string(),
  decidingUnit: z.string(),
  documentNumber: z.string().nullable(),
  createdAt: z.string(),
  removedAt: z.string().nullable(),
  removeReason: z.string().nullable(),
});
export type BlacklistEntry = z.infer<typeof BlacklistEntry>;
export const BlacklistList = z.object({ items: z.array(BlacklistEntry) });
export type BlacklistList = z.infer<typeof BlacklistList>;
export const BlacklistQuery = z.object({ current: QueryFlagOr01.optional() });
export type BlacklistQuery = z.infer<typeof BlacklistQuery>;

export const CreditRecordBody = z.object({
  subjectType: CreditSubject,
  providerId: z.number().int().positive().optional(),
  staffId: z.number().int().positive().optional(),
  kind: CreditKind,
  title: Text(200),
  basis: MultilineText(500),
  decidedOn: IsoDate,
  expiresOn: IsoDate.nullable().optional(),
});
export type CreditRecordBody = z.infer<typeof CreditRecordBody>;

export const CreditRecord = z.object({
  id: z.number().int(),
  subjectType: CreditSubject,
  providerId: z.number().int(),
  providerName: z.string(),
  staffId: z.number().int().nullable(),
  /** The staff member's name for a person, else the provider's. */
  subjectName: z.string(),
  divisionName: z.string(),
  kind: CreditKind,
  title: z.string(),
  basis: z.string(),
  decidedOn: z.string(),
  expiresOn: z.string().nullable(),
  active: z.boolean(),
});
export type CreditRecord = z.infer<typeof CreditRecord>;
export const CreditRecordList = pageOf(CreditRecord);
export type CreditRecordList = z.infer<typeof CreditRecordList>;
export const CreditRecordQuery = PageQuery.extend({
  kind: CreditKind.optional(),
  subjectType: CreditSubject.optional(),
  providerId: z.coerce.number().int().positive().optional(),
});
export type CreditRecordQuery = z.infer<typeof CreditRecordQuery>;

/** What the law allows to publish: institutions in full, persons by name and masked ID only. */
export const PublicBlacklist = z.object({
  providers: z.array(
    z.object({
      providerId: z.number().int(),
      name: z.string(),
      creditCode: z.string(),
      divisionName: z.string(),
      decision: z.string(),
      legalBasis: z.string(),
      decidedOn: z.string(),
      decidingUnit: z.string(),
    }),
  ),
  persons: z.array(
    z.object({
      name: z.string(),
      maskedId: z.string(),
      decision: z.string(),
      legalBasis: z.string(),
      decidedOn: z.string(),
    }),
  ),
});
export type PublicBlacklist = z.infer<typeof PublicBlacklist>;

/** The provider's public page: its current blacklisting, if any. */
export const PublicBlacklisting = z.object({
  entry: z
    .object({
      decision: z.string(),
      legalBasis: z.string(),
      decidedOn: z.string(),
      decidingUnit: z.string(),
      documentNumber: z.string().nullable(),
    })
    .nullable(),
});
export type PublicBlacklisting = z.infer<typeof PublicBlacklisting>;

export type BlacklistRemoveBody = z.infer<typeof BlacklistRemoveBody>;
/** A provider's staff, for the credit record picker. */
export const CreditStaffList = z.object({
  items: z.array(
    z.object({ id: z.number().int(), name: z.string(), role: z.string(), residentId: z.string() }),
  ),
});
export type CreditStaffList = z.infer<typeof CreditStaffList>;
