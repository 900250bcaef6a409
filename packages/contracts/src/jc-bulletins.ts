/**
 * 工作进展通报 (issue 12 item 6): the office drafts a bulletin for a period, whose figures come from the
 * agreed tasks; issues it with a number (巴托育联通〔2026〕1号), the figures then frozen; the member
 * units sign for it (签收); an optional summary goes on the public site.
 */
import { JC_BULLETIN_STATUSES } from '@tuoyu/domain';
import { z } from 'zod';
import { IsoDate, MultilineText, PageQuery, pageOf, Text } from './common';

export const JcBulletinStatus = z.enum(JC_BULLETIN_STATUSES);

const Count = z.number().int();
export const JcBulletinCounts = z.object({
  assigned: Count,
  onTime: Count,
  late: Count,
  overdue: Count,
  open: Count,
});
export const JcBulletinFigures = z.object({
  /** The day the figures are counted at: the period's end, or the day they were computed. */
  asOf: z.string(),
  rows: z.array(JcBulletinCounts.extend({ unitCode: z.string(), unitName: z.string() })),
  totals: JcBulletinCounts,
});
export type JcBulletinFigures = z.infer<typeof JcBulletinFigures>;

/** A year, or a from–to period (both dates). */
const Period = {
  year: z.number().int().min(2000).max(2100).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
};
const periodGiven = (b: { year?: number | undefined; from?: string | undefined; to?: string | undefined }) =>
  b.year !== undefined || (b.from !== undefined && b.to !== undefined);
const periodOrdered = (b: { from?: string | undefined; to?: string | undefined }) =>
  !b.from || !b.to || b.from <= b.to;

export const CreateJcBulletinBody = z
  .object({ title: Text(200), body: MultilineText(20000, { min: 0 }).default(''), ...Period })
  .refine(periodGiven, { path: ['year'], message: '请填写年度，或起止日期' })
  .refine(periodOrdered, { path: ['to'], message: '截止日期不能早于起始日期' });
export type CreateJcBulletinBody = z.infer<typeof CreateJcBulletinBody>;

export const PatchJcBulletinBody = z
  .object({ title: Text(200).optional(), body: MultilineText(20000, { min: 0 }).optional(), ...Period })
  .refine((b) => (b.from === undefined) === (b.to === undefined), {
    path: ['to'],
    message: '起止日期须同时填写',
  })
  .refine(periodOrdered, { path: ['to'], message: '截止日期不能早于起始日期' });
export type PatchJcBulletinBody = z.infer<typeof PatchJcBulletinBody>;

export const IssueJcBulletinBody = z.object({
  /** 成文日期 (the 落款 date): today unless given; not in the future. */
  issuedOn: IsoDate.optional(),
  /** 公开摘要: when given, the summary goes on the public site. */
  publicSummary: MultilineText(1000).optional(),
});
export type IssueJcBulletinBody = z.infer<typeof IssueJcBulletinBody>;

export const JcBulletinQuery = PageQuery.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: JcBulletinStatus.optional(),
});
export type JcBulletinQuery = z.infer<typeof JcBulletinQuery>;

export const JcBulletinListItem = z.object({
  id: z.number().int(),
  number: z.string().nullable(),
  title: z.string(),
  status: JcBulletinStatus,
  periodFrom: z.string(),
  periodTo: z.string(),
  issuedOn: z.string().nullable(),
  public: z.boolean(),
  /** Units that signed for it, of those it went to (0 of 0 while a draft). */
  acknowledged: Count,
  recipients: Count,
  /** For a member unit: when it signed (null: not yet). Null for the office. */
  myAcknowledgedAt: z.string().nullable(),
});
export type JcBulletinListItem = z.infer<typeof JcBulletinListItem>;
export const JcBulletinList = pageOf(JcBulletinListItem);
export type JcBulletinList = z.infer<typeof JcBulletinList>;

export const JcBulletinReceipt = z.object({
  unitCode: z.string(),
  unitName: z.string(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: z.string().nullable(),
});
export const JcBulletin = JcBulletinListItem.extend({
  body: z.string(),
  publicSummary: z.string().nullable(),
  /** Frozen at issue; computed live while a draft. */
  figures: JcBulletinFigures,
  /** Every recipient's receipt for the office; a unit sees its own only. */
  receipts: z.array(JcBulletinReceipt),
  /** Whether the caller may still edit (draft, office) or sign (issued, its unit not yet). */
  canEdit: z.boolean(),
  canAcknowledge: z.boolean(),
});
export type JcBulletin = z.infer<typeof JcBulletin>;

export const JcBulletinIssued = z.object({ number: z.string(), recipients: Count });
export type JcBulletinIssued = z.infer<typeof JcBulletinIssued>;

export const JcPublicBulletin = z.object({
  id: z.number().int(),
  number: z.string(),
  title: z.string(),
  issuedOn: z.string(),
  summary: z.string(),
});
export type JcPublicBulletin = z.infer<typeof JcPublicBulletin>;
export const JcPublicBulletinList = pageOf(JcPublicBulletin);
export type JcPublicBulletinList = z.infer<typeof JcPublicBulletinList>;
