/** Classes and enrolled children: ID numbers and guardian phones masked in lists (PIPL). */
import { z } from 'zod';
import { IsoDate, MultilineText, pageOf, Text } from './common';
import { ClassType, Sex } from './enums';

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
  sex: Sex,
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
  /** From the child-health register (linked by resident ID): check-ups up to date; null when not on it. */
  healthCheckupsUpToDate: z.boolean().nullable(),
});
export type ChildRecord = z.infer<typeof ChildRecord>;

export const LeaveBody = z.object({ leftOn: IsoDate, reason: MultilineText(200) });

export type CareClassList = z.infer<typeof CareClassList>;
export type CreateClassBody = z.infer<typeof CreateClassBody>;
export type Guardian = z.infer<typeof Guardian>;
export type ChildListItem = z.infer<typeof ChildListItem>;
export type LeaveBody = z.infer<typeof LeaveBody>;
/** An enrolled child, flagged when the name and birth date were already there. */
export const ChildEnrolled = z.object({ id: z.number().int(), duplicateFlag: z.boolean() });
export type ChildEnrolled = z.infer<typeof ChildEnrolled>;
