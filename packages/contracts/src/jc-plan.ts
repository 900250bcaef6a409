/**
 * The plan's own task list (issue 12 item 5): the 23 tasks of each year with every responsible
 * unit's progress, the city's units × tasks matrix, and the counties' implementation measures.
 */
import { JC_PLAN_FIRST_YEAR, JC_PLAN_STATUSES } from '@tuoyu/domain';
import { z } from 'zod';
import { IsoDate, MultilineText, Text } from './common';

export const JcPlanStatus = z.enum(JC_PLAN_STATUSES);
export type JcPlanStatus = z.infer<typeof JcPlanStatus>;

export const JcPlanYear = z.coerce.number().int().min(JC_PLAN_FIRST_YEAR).max(2100);
export const JcPlanYearQuery = z.object({ year: JcPlanYear });
export type JcPlanYearQuery = z.infer<typeof JcPlanYearQuery>;
/** A plan task's id as the plan numbers it: `1-1` … `5-3`. */
export const JcPlanTaskParam = z.object({ id: z.string().regex(/^\d{1,2}-\d{1,2}$/) });

export const JcPlanProgress = z.object({
  unit: z.string(),
  status: JcPlanStatus,
  text: z.string(),
  updatedAt: z.string(),
});
export type JcPlanProgress = z.infer<typeof JcPlanProgress>;

export const JcPlanTask = z.object({
  id: z.string(),
  year: z.number().int(),
  section: z.string(),
  title: z.string(),
  notes: z.string(),
  responsibleUnits: z.array(z.string()),
  progress: z.array(JcPlanProgress),
  /** Whether the caller's unit is responsible (may report). */
  mine: z.boolean(),
});
export type JcPlanTask = z.infer<typeof JcPlanTask>;
export const JcPlanTaskList = z.array(JcPlanTask);
export type JcPlanTaskList = z.infer<typeof JcPlanTaskList>;

export const JcPlanProgressBody = z.object({
  year: z.number().int().min(JC_PLAN_FIRST_YEAR).max(2100),
  status: JcPlanStatus,
  text: MultilineText(2000),
});
export type JcPlanProgressBody = z.infer<typeof JcPlanProgressBody>;

/** The city's matrix: one row per unit, one cell per task (null where the unit is not responsible). */
export const JcPlanMatrix = z.object({
  year: z.number().int(),
  tasks: z.array(z.object({ id: z.string(), section: z.string(), title: z.string() })),
  rows: z.array(
    z.object({
      unit: z.string(),
      cells: z.array(z.union([JcPlanStatus, z.literal('unreported'), z.null()])),
      responsible: z.number().int(),
      done: z.number().int(),
      unreported: z.number().int(),
      doneRate: z.number().int(),
    }),
  ),
});
export type JcPlanMatrix = z.infer<typeof JcPlanMatrix>;

/** 旗县区具体实施办法: one row per county, uploaded or not. */
export const JcCountyMeasure = z.object({
  divisionCode: z.string(),
  divisionName: z.string(),
  uploaded: z.boolean(),
  title: z.string().nullable(),
  issuedOn: z.string().nullable(),
  fileName: z.string().nullable(),
  uploadedAt: z.string().nullable(),
  /** Where to download it (null until uploaded). */
  fileUrl: z.string().nullable(),
});
export type JcCountyMeasure = z.infer<typeof JcCountyMeasure>;
export const JcCountyMeasureList = z.object({ items: z.array(JcCountyMeasure) });
export type JcCountyMeasureList = z.infer<typeof JcCountyMeasureList>;
export const JcCountyMeasureBody = z.object({
  title: Text(200),
  issuedOn: IsoDate,
  /** The document uploaded first through POST /api/jc/county-measures/files. */
  fileId: z.number().int().positive(),
});
export type JcCountyMeasureBody = z.infer<typeof JcCountyMeasureBody>;
export const JcCountyParam = z.object({ code: z.string().regex(/^\d{6}$/) });
export const JcPlanHistory = z.array(
  z.object({ unit: z.string(), status: JcPlanStatus, text: z.string(), at: z.string() }),
);
export type JcPlanHistory = z.infer<typeof JcPlanHistory>;
