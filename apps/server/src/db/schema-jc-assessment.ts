/** Table types of the annual assessment (督查考核, migration 2026120503_jc_assessment). */
import type { JcAssessKind } from '@tuoyu/domain';
import type { Generated } from 'kysely';

export interface JcAssessmentTable {
  year: number;
  /** JSON JcWeights the city set. */
  weights: string;
  /** JSON JcWeights of the computed snapshot; null until computed. */
  computed_weights: string | null;
  as_of: string | null;
  computed_at: string | null;
  computed_by: number | null;
  published_at: string | null;
  published_by: number | null;
  updated_at: string;
}

export interface JcAssessmentRowTable {
  year: number;
  kind: JcAssessKind;
  code: string;
  /** JSON array of {indicator, numerator, denominator, value}. */
  figures: string;
}

export interface JcAssessmentMarkTable {
  id: Generated<number>;
  year: number;
  kind: JcAssessKind;
  code: string;
  tenths: number;
  reason: string;
  by_user: number;
  at: string;
}

export interface JcAssessmentTables {
  jc_assessments: JcAssessmentTable;
  jc_assessment_rows: JcAssessmentRowTable;
  jc_assessment_marks: JcAssessmentMarkTable;
}
