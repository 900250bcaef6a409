/** Complaints and reports (投诉举报) and parent committees (家长委员会): issue 5, item 4. */
import { z } from 'zod';
import { RecordActions } from './access';
import { MultilineText, PageQuery, pageOf, QueryFlag, Text } from './common';
import { ComplaintCategory, ComplaintEventKind, ComplaintOutcome, ComplaintStatus, Role } from './enums';

export const NewComplaintBody = z.object({
  providerId: z.number().int().positive().optional(),
  providerName: Text(100, { min: 0 }).optional(),
  category: ComplaintCategory,
  description: MultilineText(2000, { min: 10 }),
  contactMobile: z.string().trim().optional(),
  anonymous: z.boolean(),
  /** Filed by a member parent on behalf of the provider's parent committee. */
  onBehalfOfCommittee: z.boolean().optional(),
});
export type NewComplaintBody = z.infer<typeof NewComplaintBody>;

export const ComplaintFiled = z.object({ trackingCode: z.string() });

/** A parent's own complaints (not the anonymous ones). */
export const MyComplaints = z.object({
  items: z.array(
    z.object({
      trackingCode: z.string(),
      category: ComplaintCategory,
      status: ComplaintStatus,
      receivedAt: z.string(),
      providerName: z.string().nullable(),
    }),
  ),
});

export const TrackingCodeParam = z.object({ trackingCode: z.string().max(40) });

/** What the complainant sees: exactly these keys, nothing internal. */
export const ComplaintTracking = z.object({
  status: ComplaintStatus,
  receivedAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  answeredAt: z.string().nullable(),
  outcome: ComplaintOutcome.nullable(),
  reply: z.string().nullable(),
});
export type ComplaintTracking = z.infer<typeof ComplaintTracking>;

export const ComplaintStatsQuery = z.object({ month: z.string().regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])$/) });
export const ComplaintStatsRow = z.object({
  divisionCode: z.string(),
  divisionName: z.string(),
  received: z.number().int(),
  answered: z.number().int(),
  answeredOnTime: z.number().int(),
  substantiated: z.number().int(),
  partly: z.number().int(),
  unsubstantiated: z.number().int(),
  byCategory: z.record(z.string(), z.number().int()),
});
export const ComplaintStats = z.object({ month: z.string(), rows: z.array(ComplaintStatsRow) });
export type ComplaintStats = z.infer<typeof ComplaintStats>;

export const ComplaintQuery = PageQuery.extend({
  status: ComplaintStatus.optional(),
  overdue: QueryFlag.optional(),
  escalated: QueryFlag.optional(),
  category: ComplaintCategory.optional(),
  providerId: z.coerce.number().int().positive().optional(),
});
export type ComplaintQuery = z.infer<typeof ComplaintQuery>;

export const ComplaintItem = z.object({
  id: z.number().int(),
  trackingCode: z.string(),
  providerId: z.number().int().nullable(),
  providerName: z.string().nullable(),
  divisionCode: z.string(),
  divisionName: z.string(),
  townshipCode: z.string().nullable(),
  townshipName: z.string().nullable(),
  assignedUserId: z.number().int().nullable(),
  assignedUserName: z.string().nullable(),
  category: ComplaintCategory,
  status: ComplaintStatus,
  outcome: ComplaintOutcome.nullable(),
  anonymous: z.boolean(),
  onBehalfOfCommittee: z.boolean(),
  contactMasked: z.string().nullable(),
  receivedAt: z.string(),
  acknowledgeBy: z.string(),
  answerBy: z.string(),
  acknowledgedAt: z.string().nullable(),
  answeredAt: z.string().nullable(),
  escalatedAt: z.string().nullable(),
  overdue: z.boolean(),
});
export type ComplaintItem = z.infer<typeof ComplaintItem>;
export const ComplaintList = pageOf(ComplaintItem);
export type ComplaintList = z.infer<typeof ComplaintList>;

export const ComplaintEvent = z.object({
  id: z.number().int(),
  kind: ComplaintEventKind,
  actorName: z.string().nullable(),
  text: z.string().nullable(),
  at: z.string(),
});

export const ComplaintDetail = ComplaintItem.extend({
  description: z.string(),
  reply: z.string().nullable(),
  committeeName: z.string().nullable(),
  filedByParent: z.boolean(),
  events: z.array(ComplaintEvent),
  /** The caller may acknowledge / assign / answer (UI hints; the server checks again). */
  canHandle: z.boolean(),
  /** complaints.acknowledge / assign / answer as the case's state and the caller allow. */
  actions: RecordActions,
});
export type ComplaintDetail = z.infer<typeof ComplaintDetail>;

export const ComplaintContact = z.object({ mobile: z.string().nullable() });

export const ComplaintAssignBody = z
  .object({
    userId: z.number().int().positive().optional(),
    townshipCode: z
      .string()
      .regex(/^\d{9}$/)
      .optional(),
    /** The city hands a triage case to a county. */
    divisionCode: z
      .string()
      .regex(/^\d{6}$/)
      .optional(),
  })
  .refine((b) => [b.userId, b.townshipCode, b.divisionCode].filter((v) => v !== undefined).length === 1, {
    message: 'exactly one of userId, townshipCode, divisionCode',
  });
export type ComplaintAssignBody = z.infer<typeof ComplaintAssignBody>;

export const ComplaintNoteBody = z.object({ text: MultilineText(2000) });
export const ComplaintAnswerBody = z.object({
  outcome: ComplaintOutcome,
  reply: MultilineText(2000, { min: 5 }),
});
export type ComplaintAnswerBody = z.infer<typeof ComplaintAnswerBody>;

/** Who a case may be assigned to (officers and townships of its county). */
export const ComplaintAssignees = z.object({
  users: z.array(z.object({ id: z.number().int(), displayName: z.string(), role: Role })),
  townships: z.array(z.object({ code: z.string(), name: z.string() })),
  counties: z.array(z.object({ code: z.string(), name: z.string() })),
});

export const CommitteeMember = z.object({
  userId: z.number().int(),
  displayName: z.string(),
  mobileMasked: z.string().nullable(),
  addedAt: z.string(),
});
export const Committee = z.object({
  id: z.number().int(),
  providerId: z.number().int(),
  providerName: z.string(),
  name: z.string(),
  createdAt: z.string(),
  members: z.array(CommitteeMember),
});
export type Committee = z.infer<typeof Committee>;
export const CommitteeAnswer = z.object({ committee: Committee.nullable() });
export const CommitteeCreateBody = z.object({ name: Text(100, { min: 2 }).optional() });
export const CommitteeMemberBody = z.object({ mobile: z.string().trim() });
export const CommitteeMemberParam = z.object({
  id: z.coerce.number().int().positive(),
  userId: z.coerce.number().int().positive(),
});
export const MyCommittees = z.object({
  items: z.array(
    z.object({
      committeeId: z.number().int(),
      providerId: z.number().int(),
      providerName: z.string(),
      name: z.string(),
    }),
  ),
});

export type ComplaintFiled = z.infer<typeof ComplaintFiled>;
export type MyComplaints = z.infer<typeof MyComplaints>;
export type TrackingCodeParam = z.infer<typeof TrackingCodeParam>;
export type ComplaintStatsQuery = z.infer<typeof ComplaintStatsQuery>;
export type ComplaintStatsRow = z.infer<typeof ComplaintStatsRow>;
export type ComplaintEvent = z.infer<typeof ComplaintEvent>;
export type ComplaintContact = z.infer<typeof ComplaintContact>;
export type ComplaintNoteBody = z.infer<typeof ComplaintNoteBody>;
export type ComplaintAssignees = z.infer<typeof ComplaintAssignees>;
export type CommitteeMember = z.infer<typeof CommitteeMember>;
export type CommitteeAnswer = z.infer<typeof CommitteeAnswer>;
export type CommitteeCreateBody = z.infer<typeof CommitteeCreateBody>;
export type CommitteeMemberBody = z.infer<typeof CommitteeMemberBody>;
export type CommitteeMemberParam = z.infer<typeof CommitteeMemberParam>;
export type MyCommittees = z.infer<typeof MyCommittees>;
