/**
 * "双随机" inspection plans: publication with a seed commitment, the witnessed draw, the reveal and
 * the public draw record (issue 5 item 2).
 */
import { z } from 'zod';
import { RecordActions } from './access';
import { DivisionCode, PageQuery, pageOf, QueryFlagOr01, Text } from './common';
import { RevealReason, StratumNameSchema } from './enums';

export const PlanBody = z.object({
  name: Text(100),
  divisionCode: DivisionCode,
  checklistId: z.number().int().positive(),
  strata: z
    .array(z.object({ name: StratumNameSchema, rate: z.number().gt(0).lte(1) }))
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
  revealReason: RevealReason.nullable(),
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
  drawn: QueryFlagOr01.optional(),
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

export type DrawResult = z.infer<typeof DrawResult>;
export type PublicDrawQuery = z.infer<typeof PublicDrawQuery>;
