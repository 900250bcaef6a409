/**
 * HTTP contracts of checklists, the inspector pool, conflict declarations, "双随机" inspection plans
 * and their public draw record (issue 5 items 1–2).
 */
import { CHECKLIST_CATEGORIES, CHECKLIST_RISKS } from '@tuoyu/domain';
import { z } from 'zod';
import { RecordActions } from './access';
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

/** How the seed became public: every result in, the due date passed, the plan's regulator, or a plan
 * published before commitments (seed public from publication). */
export const REVEAL_REASONS = ['results', 'due', 'regulator', 'legacy'] as const;

/**
 * The public record of a draw (commit, witness, reveal): the commitment and the frozen inputs from
 * publication, the witness' input from the draw, and — only from the reveal — the server seed, the
 * draw seed and the selection, so anyone can check all three then.
 */
export const PublicDraw = z.object({
  id: z.number().int(),
  planName: z.string(),
  divisionCode: z.string(),
  divisionName: z.string(),
  /** Lowercase hex SHA-256 of the secret server seed; null only for legacy plans. */
  seedCommitment: z.string().nullable(),
  /** The secret, published at the reveal. */
  serverSeed: z.string().nullable(),
  /** sha256(serverSeed + ":" + witnessInput), published at the reveal. */
  seed: z.string().nullable(),
  witnessInput: z.string().nullable(),
  witnessName: z.string().nullable(),
  publishedAt: z.string(),
  drawnAt: z.string().nullable(),
  /** The inspections' due date: the seed is revealed once it has passed, if not before. */
  dueBy: z.string(),
  revealed: z.boolean(),
  revealedAt: z.string().nullable(),
  revealReason: z.enum(REVEAL_REASONS).nullable(),
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

/** What the witness enters at the draw, e.g. that day's 福利彩票 numbers. */
export const DrawBody = z.object({
  witnessInput: Text(200),
  /** Who witnessed the draw (optional, shown on the public record). */
  witnessName: Text(100).optional(),
});
export type DrawBody = z.infer<typeof DrawBody>;

export const DrawResult = PublicDraw.extend({ drawId: z.number().int() });

export const PublicDrawSummary = z.object({
  id: z.number().int(),
  planName: z.string(),
  divisionCode: z.string(),
  divisionName: z.string(),
  publishedAt: z.string(),
  drawnAt: z.string().nullable(),
  revealed: z.boolean(),
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
  publishedByName: z.string(),
  /**
   * The inspections the draw created, in selection order. Before the reveal, this and `selected`
   * carry only what the caller may see: everything for the plan's regulators, his own checks for
   * an assigned inspector, nothing for anyone else.
   */
  inspections: z.array(z.object({ id: z.number().int(), providerId: z.number().int(), status: z.string() })),
  /** inspection-plans.draw until drawn, inspection-plans.reveal once drawn until revealed. */
  actions: RecordActions,
});
export type PlanDetail = z.infer<typeof PlanDetail>;
