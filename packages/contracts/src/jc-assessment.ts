/**
 * The annual assessment (督查考核, plan 三(三); issue 12 item 7): the weights the city sets, the
 * office's marks, and the result table of counties and member units.
 */
import { JC_ASSESS_INDICATORS, JC_ASSESS_KINDS, JC_GRADES, JC_SCORE_RULES } from '@tuoyu/domain';
import { z } from 'zod';
import { MultilineText } from './common';

export const JcAssessKind = z.enum(JC_ASSESS_KINDS);
export const JcAssessIndicator = z.enum(JC_ASSESS_INDICATORS);
export const JcGrade = z.enum(JC_GRADES);
export type JcGrade = z.infer<typeof JcGrade>;

export const JcAssessYearParam = z.object({ year: z.coerce.number().int().min(2021).max(2100) });

const Weight = z.number().int().min(0).max(100);
export const JcWeights = z.object({
  county: z.object({
    places: Weight,
    healthManagement: Weight,
    filingsOnTime: Weight,
    inspectionsDone: Weight,
    complaintsOnTime: Weight,
  }),
  unit: z.object({ tasksOnTime: Weight }),
});
export type JcWeights = z.infer<typeof JcWeights>;

export const JcAssessStatus = z.enum(['draft', 'computed', 'published']);
export type JcAssessStatus = z.infer<typeof JcAssessStatus>;

export const JcAssessWeightsResult = z.object({
  year: z.number().int(),
  weights: JcWeights,
  status: JcAssessStatus,
});
export type JcAssessWeightsResult = z.infer<typeof JcAssessWeightsResult>;

export const JcAssessMarkBody = z.object({
  target: z.object({ kind: JcAssessKind, code: z.string().trim().min(1).max(32) }),
  points: z.number().min(-10).max(10),
  reason: MultilineText(400, { min: 2 }),
});
export type JcAssessMarkBody = z.infer<typeof JcAssessMarkBody>;

export const JcAssessIndicatorValue = z.object({
  indicator: JcAssessIndicator,
  rule: z.enum(JC_SCORE_RULES),
  target: z.number().nullable(),
  numerator: z.number(),
  denominator: z.number(),
  /** The figure (places per 1,000, or a rate in percent); null = 无数据. */
  value: z.number().nullable(),
  score: z.number().nullable(),
  weight: z.number().int(),
  /** The weight after redistributing those of indicators without data. */
  effectiveWeight: z.number(),
});
export type JcAssessIndicatorValue = z.infer<typeof JcAssessIndicatorValue>;

export const JcAssessMark = z.object({
  id: z.number().int(),
  points: z.number(),
  reason: z.string(),
  at: z.string(),
  by: z.string().nullable(),
});

export const JcAssessRow = z.object({
  kind: JcAssessKind,
  code: z.string(),
  name: z.string(),
  indicators: z.array(JcAssessIndicatorValue),
  baseScore: z.number().nullable(),
  marks: z.array(JcAssessMark),
  marksTotal: z.number(),
  finalScore: z.number().nullable(),
  rank: z.number().int().nullable(),
  grade: JcGrade.nullable(),
});
export type JcAssessRow = z.infer<typeof JcAssessRow>;

export const JcAssessment = z.object({
  year: z.number().int(),
  status: JcAssessStatus,
  /** all: the office and convener; county / unit: one's own row, once published. */
  view: z.enum(['all', 'county', 'unit', 'none']),
  computedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  /** The evaluation date of the figures (31 Dec of the year, or the compute day if earlier). */
  asOf: z.string().nullable(),
  weights: JcWeights,
  /** The weights changed since the figures were computed: compute again before publishing. */
  stale: z.boolean(),
  counties: z.array(JcAssessRow),
  units: z.array(JcAssessRow),
});
export type JcAssessment = z.infer<typeof JcAssessment>;
