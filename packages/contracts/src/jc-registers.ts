/**
 * The joint conference's two registers (issue 12 item 1): the expert committee (专家指导委员会), each
 * expert's mobile masked in lists and encrypted at rest, and the industry association's (行业协会)
 * member providers with their role in it.
 */
import { isValidMobile, JC_ASSOCIATION_ROLES, JC_EXPERT_FIELDS } from '@tuoyu/domain';
import { z } from 'zod';
import { IsoDate, PageQuery, pageOf, QueryFlag, Text } from './common';

export const JcExpertField = z.enum(JC_EXPERT_FIELDS);
export const JcAssociationRole = z.enum(JC_ASSOCIATION_ROLES);

const Mobile = z.string().trim().refine(isValidMobile, { message: '请输入11位手机号码' });

export const JcExpert = z.object({
  id: z.number().int(),
  name: z.string(),
  field: JcExpertField,
  employer: z.string(),
  title: z.string(),
  /** Masked: 138****0000. */
  mobile: z.string().nullable(),
  appointedFrom: z.string(),
  appointedTo: z.string().nullable(),
  active: z.boolean(),
});
export type JcExpert = z.infer<typeof JcExpert>;
export const JcExpertList = pageOf(JcExpert);
export type JcExpertList = z.infer<typeof JcExpertList>;

const expertFields = {
  name: Text(64),
  field: JcExpertField,
  employer: Text(200),
  title: Text(100),
  mobile: Mobile.optional(),
  appointedFrom: IsoDate,
  appointedTo: IsoDate.nullable().optional(),
  active: z.boolean().optional(),
};
const appointedOrdered = (b: {
  appointedFrom?: string | undefined;
  appointedTo?: string | null | undefined;
}) => !b.appointedFrom || !b.appointedTo || b.appointedFrom <= b.appointedTo;
export const JcExpertBody = z
  .object(expertFields)
  .refine(appointedOrdered, { path: ['appointedTo'], message: '聘期截止不能早于起始' });
export type JcExpertBody = z.infer<typeof JcExpertBody>;
export const PatchJcExpertBody = z
  .object(expertFields)
  .partial()
  .refine(appointedOrdered, { path: ['appointedTo'], message: '聘期截止不能早于起始' });
export type PatchJcExpertBody = z.infer<typeof PatchJcExpertBody>;

export const JcExpertQuery = PageQuery.extend({
  field: JcExpertField.optional(),
  active: QueryFlag.optional(),
});
export type JcExpertQuery = z.infer<typeof JcExpertQuery>;

export const JcAssociationMember = z.object({
  id: z.number().int(),
  providerId: z.number().int(),
  providerName: z.string(),
  divisionCode: z.string(),
  joinedOn: z.string(),
  role: JcAssociationRole,
  active: z.boolean(),
});
export type JcAssociationMember = z.infer<typeof JcAssociationMember>;
export const JcAssociationMemberList = pageOf(JcAssociationMember);
export type JcAssociationMemberList = z.infer<typeof JcAssociationMemberList>;

export const JcAssociationMemberBody = z.object({
  providerId: z.number().int().positive(),
  joinedOn: IsoDate,
  role: JcAssociationRole,
  active: z.boolean().optional(),
});
export type JcAssociationMemberBody = z.infer<typeof JcAssociationMemberBody>;
export const PatchJcAssociationMemberBody = JcAssociationMemberBody.omit({ providerId: true }).partial();
export type PatchJcAssociationMemberBody = z.infer<typeof PatchJcAssociationMemberBody>;

export const JcAssociationQuery = PageQuery.extend({
  role: JcAssociationRole.optional(),
  active: QueryFlag.optional(),
});
export type JcAssociationQuery = z.infer<typeof JcAssociationQuery>;
