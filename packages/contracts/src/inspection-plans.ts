/**
 * HTTP contracts of checklists, the inspector pool, conflict declarations, "双随机" inspection plans
 * and their public draw record (issue 5 items 1–2).
 */
import { CHECKLIST_CATEGORIES, CHECKLIST_RISKS } from '@tuoyu/domain';
import { z } from 'zod';
import { DivisionCode, MultilineText, PageQuery, pageOf, Text } from './common';

export const ChecklistItem = z.object({
  id: z.number().int(),
  seq: z.number().int(),
  category: z.enum(CHECKLIST_CATEGORIES),
  risk: z.enum(CHECKLIST_RISKS),
  text: z.string(),
  legalBasis: z.string(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const Checklist = z.object({
  id: z.number().int(),
  code: z.string(),
  version: z.number().int(),
  name: z.string(),
  status: z.enum(['active', 'retired']),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  items: z.array(ChecklistItem),
});
export type Checklist = z.infer<typeof Checklist>;

export const ChecklistList = z.object({ items: z.array(Checklist) });
export type ChecklistList = z.infer<typeof ChecklistList>;

export const ChecklistQuery = z.object({
  /** 1: every version (history), newest first within a code; default: active versions only. */
  history: z.coerce.number().int().min(0).max(1).default(0),
});

const ChecklistItemBody = z.object({
  category: z.enum(CHECKLIST_CATEGORIES),
  risk: z.enum(CHECKLIST_RISKS),
  text: MultilineText(500),
  legalBasis: MultilineText(300),
});

export const ChecklistUpdateBody = z.object({
  name: Text(100),
  items: z.array(ChecklistItemBody).min(1).max(200),
});
export type ChecklistUpdateBody = z.infer<typeof ChecklistUpdateBody>;

export const ChecklistCreateBody = ChecklistUpdateBody.extend({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,31}$/, { error: 'lowercase letters, digits and hyphens' }),
});
export type ChecklistCreateBody = z.infer<typeof ChecklistCreateBody>;

export const Inspector = z.object({
  id: z.number().int(),
  displayName: z.string(),
  role: z.string(),
  unit: z.string().nullable(),
  unitName: z.string().nullable(),
  divisionCode: z.string(),
  divisionName: z.string(),
});
export type Inspector = z.infer<typeof Inspector>;

export const InspectorQuery = z.object({ divisionCode: DivisionCode.optional() });
export const InspectorList = z.object({ items: z.array(Inspector) });
export type InspectorList = z.infer<typeof InspectorList>;

export const ConflictBody = z.object({
  providerId: z.number().int().positive(),
  reason: MultilineText(300),
});
export type ConflictBody = z.infer<typeof ConflictBody>;

export const InspectorConflict = z.object({
  id: z.number().int(),
  inspectorId: z.number().int(),
  inspectorName: z.string(),
  providerId: z.number().int(),
  providerName: z.string(),
  divisionCode: z.string(),
  reason: z.string(),
  declaredAt: z.string(),
  withdrawnAt: z.string().nullable(),
});
export type InspectorConflict = z.infer<typeof InspectorConflict>;
export const ConflictList = z.object({ items: z.array(InspectorConflict) });
export type ConflictList = z.infer<typeof ConflictList>;

export const STRATUM_NAMES = ['high', 'normal', 'low'] as const;
export type StratumName = (typeof STRATUM_NAMES)[number];

export const PlanBody = z.object({
  name: Text(100),
  divisionCode: DivisionCode,
  checklistId: z.number().int().positive(),
  strata: z
    .array(z.object({ name: z.enum(STRATUM_NAMES), rate: z.number().gt(0).lte(1) }))
    .min(1)
    .max(3),
  perCheck: z.number().int().min(2).max(10),
  inspectorIds: z.array(z.number().int().positive()).min(2).max(200),
  dueBy: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type PlanBody = z.infer<typeof PlanBody>;

const DrawStratum = z.object({
  name: z.string(),
  rate: z.number(),
  candidates: z.array(z.number().int()),
  sampleSize: z.number().int(),
});
const DrawSelected = z.object({ providerId: z.number().int(), inspectorIds: z.array(z.number().int()) });

/** The public record of a draw: exactly what anyone needs to recompute it, plus display names. */
export const PublicDraw = z.object({
  id: z.number().int(),
  planName: z.string(),
  divisionCode: z.string(),
  divisionName: z.string(),
  seed: z.string(),
  publishedAt: z.string(),
  drawnAt: z.string().nullable(),
  perCheck: z.number().int(),
  strata: z.array(DrawStratum),
  inspectors: z.array(z.number().int()),
  conflicts: z.array(z.object({ inspectorId: z.number().int(), providerId: z.number().int() })),
  selected: z.array(DrawSelected),
  names: z.object({
    providers: z.record(z.string(), z.string()),
    inspectors: z.record(z.string(), z.string()),
  }),
});
export type PublicDraw = z.infer<typeof PublicDraw>;

export const DrawResult = PublicDraw.extend({ drawId: z.number().int() });

export const PublicDrawSummary = z.object({
  id: z.number().int(),
  planName: z.string(),
  divisionCode: z.string(),
  divisionName: z.string(),
  publishedAt: z.string(),
  drawnAt: z.string().nullable(),
  candidates: z.number().int(),
  selected: z.number().int(),
});
export type PublicDrawSummary = z.infer<typeof PublicDrawSummary>;
export const PublicDrawQuery = PageQuery.extend({ divisionCode: DivisionCode.optional() });
export const PublicDrawList = pageOf(PublicDrawSummary);
export type PublicDrawList = z.infer<typeof PublicDrawList>;

export const PlanSummary = PublicDrawSummary.extend({
  checklistId: z.number().int(),
  checklistName: z.string(),
  perCheck: z.number().int(),
  dueBy: z.string(),
  publishedByName: z.string(),
});
export type PlanSummary = z.infer<typeof PlanSummary>;
export const PlanQuery = PageQuery.extend({
  divisionCode: DivisionCode.optional(),
  drawn: z.coerce.number().int().min(0).max(1).optional(),
});
export type PlanQuery = z.infer<typeof PlanQuery>;
export const PlanList = pageOf(PlanSummary);
export type PlanList = z.infer<typeof PlanList>;

export const PlanDetail = PublicDraw.extend({
  checklistId: z.number().int(),
  checklistName: z.string(),
  checklistVersion: z.number().int(),
  dueBy: z.string(),
  publishedByName: z.string(),
  /** The inspections the draw created, in selection order. */
  inspections: z.array(z.object({ id: z.number().int(), providerId: z.number().int(), status: z.string() })),
});
export type PlanDetail = z.infer<typeof PlanDetail>;
