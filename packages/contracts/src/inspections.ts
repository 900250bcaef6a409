/** HTTP contracts of inspections (SPEC C5): findings, submission, rectification, publication. */
import { z } from 'zod';
import { RecordActions } from './access';
import { IsoDate, MultilineText, PageQuery, pageOf, QueryFlag } from './common';
import {
  AssignedInspectionKind,
  ExportFormat,
  FindingOutcomeSchema,
  FindingStatusSchema,
  InspectionKindSchema,
  InspectionResultSchema,
  InspectionStatusSchema,
} from './enums';

const Id = z.number().int().positive();

export const InspectionListQuery = PageQuery.extend({
  status: InspectionStatusSchema.optional(),
  kind: InspectionKindSchema.optional(),
  planId: z.coerce.number().int().positive().optional(),
  providerId: z.coerce.number().int().positive().optional(),
  /** Assigned past its due date, or a failed finding still open past its deadline. */
  overdue: QueryFlag.optional(),
  format: ExportFormat.optional(),
});
export type InspectionListQuery = z.infer<typeof InspectionListQuery>;

export const InspectionListItem = z.object({
  id: z.number().int(),
  planId: z.number().int().nullable(),
  kind: InspectionKindSchema,
  status: InspectionStatusSchema,
  providerId: z.number().int(),
  providerName: z.string(),
  divisionCode: z.string(),
  divisionName: z.string(),
  checklistName: z.string(),
  dueBy: z.string().nullable(),
  result: InspectionResultSchema.nullable(),
  inspectedOn: z.string().nullable(),
  publishDue: z.string().nullable(),
  publishedAt: z.string().nullable(),
  /** Published after the due date (working days after the inspection). */
  publishedLate: z.boolean(),
  /** Still assigned past its due date, or a failed finding open past its deadline. */
  overdue: z.boolean(),
  inspectorNames: z.array(z.string()),
  failedCount: z.number().int(),
  openCount: z.number().int(),
  rectifiedCount: z.number().int(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});
export type InspectionListItem = z.infer<typeof InspectionListItem>;
export const InspectionList = pageOf(InspectionListItem);
export type InspectionList = z.infer<typeof InspectionList>;

export const InspectionFile = z.object({ id: z.number().int(), name: z.string(), url: z.string() });
export type InspectionFile = z.infer<typeof InspectionFile>;

export const InspectionItem = z.object({
  id: z.number().int(),
  seq: z.number().int(),
  category: z.string(),
  risk: z.string(),
  text: z.string(),
  legalBasis: z.string(),
});
export type InspectionItem = z.infer<typeof InspectionItem>;

export const InspectionFinding = z.object({
  id: z.number().int(),
  itemId: z.number().int(),
  outcome: FindingOutcomeSchema,
  note: z.string().nullable(),
  photos: z.array(InspectionFile),
  status: FindingStatusSchema.nullable(),
  deadline: z.string().nullable(),
  reply: z.string().nullable(),
  replyFiles: z.array(InspectionFile),
  repliedAt: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  rejection: z.string().nullable(),
});
export type InspectionFinding = z.infer<typeof InspectionFinding>;

export const InspectionDetail = InspectionListItem.extend({
  summary: z.string().nullable(),
  submittedAt: z.string().nullable(),
  complaintId: z.number().int().nullable(),
  inspectors: z.array(z.object({ id: z.number().int(), name: z.string(), unitName: z.string().nullable() })),
  checklist: z.object({
    id: z.number().int(),
    code: z.string(),
    version: z.number().int(),
    name: z.string(),
  }),
  items: z.array(InspectionItem),
  findings: z.array(InspectionFinding),
  /** What the caller may do now: the page shows only these actions. */
  can: z.object({ record: z.boolean(), verify: z.boolean(), reply: z.boolean() }),
  /** The same as permissions: inspections.record, inspections.verify, inspections.reply. */
  actions: RecordActions,
});
export type InspectionDetail = z.infer<typeof InspectionDetail>;

export const CreateInspectionBody = z.object({
  kind: AssignedInspectionKind,
  providerId: Id,
  checklistId: Id,
  inspectorIds: z.array(Id).min(2).max(10),
  dueBy: IsoDate,
  complaintId: Id.optional(),
});
export type CreateInspectionBody = z.infer<typeof CreateInspectionBody>;

export const SaveFindingsBody = z.object({
  findings: z
    .array(
      z.object({
        itemId: Id,
        outcome: FindingOutcomeSchema,
        note: MultilineText(1000, { min: 0 }).nullable().optional(),
        photoFileIds: z.array(Id).max(10).optional(),
        /** A failed item's rectification deadline, kept as the inspector goes (checked on submit). */
        deadline: IsoDate.nullable().optional(),
      }),
    )
    .min(1)
    .max(300),
});
export type SaveFindingsBody = z.infer<typeof SaveFindingsBody>;

export const SubmitInspectionBody = z.object({
  inspectedOn: IsoDate,
  result: InspectionResultSchema,
  summary: MultilineText(1000, { min: 0 }).optional(),
  deadlines: z
    .array(z.object({ itemId: Id, deadline: IsoDate }))
    .max(300)
    .default([]),
});
export type SubmitInspectionBody = z.infer<typeof SubmitInspectionBody>;

export const FindingParams = z.object({
  id: z.coerce.number().int().positive(),
  findingId: z.coerce.number().int().positive(),
});

export const ReplyFindingBody = z.object({
  text: MultilineText(1000),
  fileIds: z.array(Id).max(10).default([]),
});
export type ReplyFindingBody = z.infer<typeof ReplyFindingBody>;

export const VerifyFindingBody = z
  .object({ accepted: z.boolean(), note: MultilineText(500, { min: 0 }).optional() })
  .refine((b) => b.accepted || !!b.note, { path: ['note'], message: 'a rejection needs a reason' });
export type VerifyFindingBody = z.infer<typeof VerifyFindingBody>;

/** The provider's rectification notices: its open (and returned) findings. */
export const RectificationList = z.object({
  items: z.array(
    z.object({
      inspectionId: z.number().int(),
      inspectedOn: z.string().nullable(),
      result: InspectionResultSchema.nullable(),
      findingId: z.number().int(),
      itemText: z.string(),
      category: z.string(),
      note: z.string().nullable(),
      status: FindingStatusSchema,
      deadline: z.string().nullable(),
      rejection: z.string().nullable(),
      reply: z.string().nullable(),
      repliedAt: z.string().nullable(),
      overdue: z.boolean(),
    }),
  ),
});
export type RectificationList = z.infer<typeof RectificationList>;

/** Public: a provider's published inspections, newest first — no personal names, no notes. */
export const PublicInspectionList = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      inspectedOn: z.string(),
      kind: InspectionKindSchema,
      checklistName: z.string(),
      result: InspectionResultSchema,
      publishedAt: z.string(),
      closedAt: z.string().nullable(),
      units: z.array(z.string()),
      findings: z.array(
        z.object({
          itemText: z.string(),
          category: z.string(),
          deadline: z.string().nullable(),
          status: FindingStatusSchema,
          rectifiedAt: z.string().nullable(),
          verifiedAt: z.string().nullable(),
        }),
      ),
    }),
  ),
});
export type PublicInspectionList = z.infer<typeof PublicInspectionList>;

export type FindingParams = z.infer<typeof FindingParams>;
