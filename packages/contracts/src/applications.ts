/** Parents' applications for a place, the waitlist, accept (creates the child) or decline. */
import { z } from 'zod';
import { Guardian } from './children';
import { IsoDate, MultilineText, Text } from './common';
import { ApplicationStatus, ClassType, ServiceForm } from './enums';

export const ApplicationBody = z.object({
  childName: Text(32),
  birthDate: IsoDate,
  desiredStart: IsoDate,
  serviceForm: ServiceForm,
  note: MultilineText(500, { min: 0 }).optional(),
});
export type ApplicationBody = z.infer<typeof ApplicationBody>;

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

export type ApplicationList = z.infer<typeof ApplicationList>;
export type ApplicationQuery = z.infer<typeof ApplicationQuery>;
export type DeclineApplicationBody = z.infer<typeof DeclineApplicationBody>;
/** An accepted application: the child it enrolled, flagged when the name and birth date were already there. */
export const ApplicationAccepted = z.object({ childId: z.number().int(), duplicateFlag: z.boolean() });
export type ApplicationAccepted = z.infer<typeof ApplicationAccepted>;
