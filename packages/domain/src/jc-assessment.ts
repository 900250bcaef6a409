/**
 * The annual assessment (督查考核, plan 三(三); issue 12 item 7): each county (旗县区) and each member
 * unit scored from indicators with the weights the city sets, plus the office's marks (加减分).
 * Pure arithmetic: indicator → 0–100 score by a declared rule, the weighted sum (weights of indicators
 * without data redistributed over those with data), marks bounded in total, final score, rank, grade.
 */
import { HEALTH_MANAGEMENT_TARGET } from './child-health';
import { PLACES_TARGET_PER_1000 } from './indicators';
import type { LocalizedText } from './provider-kinds';

export const JC_ASSESS_KINDS = ['county', 'unit'] as const;
export type JcAssessKind = (typeof JC_ASSESS_KINDS)[number];
export const JC_ASSESS_KIND_NAMES: Readonly<Record<JcAssessKind, LocalizedText>> = {
  county: { zh: '旗县区', en: 'County' },
  unit: { zh: '成员单位', en: 'Member unit' },
};

export const JC_COUNTY_INDICATORS = [
  'places',
  'healthManagement',
  'filingsOnTime',
  'inspectionsDone',
  'complaintsOnTime',
] as const;
export const JC_UNIT_INDICATORS = ['tasksOnTime'] as const;
export const JC_ASSESS_INDICATORS = [...JC_COUNTY_INDICATORS, ...JC_UNIT_INDICATORS] as const;
export type JcAssessIndicator = (typeof JC_ASSESS_INDICATORS)[number];
export const JC_ASSESS_INDICATOR_NAMES: Readonly<Record<JcAssessIndicator, LocalizedText>> = {
  places: { zh: '每千人口托位数', en: 'Places per 1,000 residents' },
  healthManagement: { zh: '3岁以下儿童系统管理率', en: 'Health management rate (under 3)' },
  filingsOnTime: { zh: '备案按时审核率', en: 'Filings reviewed on time' },
  inspectionsDone: { zh: '抽查计划完成率', en: 'Planned inspections done' },
  complaintsOnTime: { zh: '投诉按时办结率', en: 'Complaints closed on time' },
  tasksOnTime: { zh: '督办任务按时办结率', en: 'Tasks done on time' },
};

/** How an indicator becomes a 0–100 score. */
export const JC_SCORE_RULES = ['ratio_to_target', 'rate'] as const;
export type JcScoreRule = (typeof JC_SCORE_RULES)[number];
export const JC_SCORE_RULE_NAMES: Readonly<Record<JcScoreRule, LocalizedText>> = {
  ratio_to_target: { zh: '实际值÷目标值×100，封顶100', en: 'Value ÷ target × 100, capped at 100' },
  rate: { zh: '比率×100', en: 'Rate × 100' },
};

/** Each indicator's rule and target (the plan's: ≥ 4 places per 1,000, I-2 ≥ 92 %). */
export const JC_INDICATOR_RULES: Readonly<Record<JcAssessIndicator, { rule: JcScoreRule; target?: number }>> =
  {
    places: { rule: 'ratio_to_target', target: PLACES_TARGET_PER_1000 },
    healthManagement: { rule: 'ratio_to_target', target: HEALTH_MANAGEMENT_TARGET },
    filingsOnTime: { rule: 'rate' },
    inspectionsDone: { rule: 'rate' },
    complaintsOnTime: { rule: 'rate' },
    tasksOnTime: { rule: 'rate' },
  };

export const JC_GRADES = ['excellent', 'good', 'pass', 'fail'] as const;
export type JcGrade = (typeof JC_GRADES)[number];
export const JC_GRADE_NAMES: Readonly<Record<JcGrade, LocalizedText>> = {
  excellent: { zh: '优秀', en: 'Excellent' },
  good: { zh: '良好', en: 'Good' },
  pass: { zh: '合格', en: 'Pass' },
  fail: { zh: '不合格', en: 'Fail' },
};
/** Lowest final score of each grade (below the last: 不合格). */
export const JC_GRADE_THRESHOLDS: readonly { grade: JcGrade; from: number }[] = [
  { grade: 'excellent', from: 90 },
  { grade: 'good', from: 80 },
  { grade: 'pass', from: 60 },
];

/** The office's marks of one county or unit may total −10 … +10 points, each in 0.5 steps. */
export const JC_MARKS_BOUND = 10;

export type JcCountyWeights = Record<(typeof JC_COUNTY_INDICATORS)[number], number>;
export type JcUnitWeights = Record<(typeof JC_UNIT_INDICATORS)[number], number>;
export interface JcWeights {
  county: JcCountyWeights;
  unit: JcUnitWeights;
}
export const DEFAULT_JC_WEIGHTS: Readonly<JcWeights> = Object.freeze({
  county: { places: 30, healthManagement: 20, filingsOnTime: 20, inspectionsDone: 15, complaintsOnTime: 15 },
  unit: { tasksOnTime: 100 },
});

/** Rounded half up to 2 decimals (scores and rates are shown so). */
export const round2 = (x: number) => Math.round((x + Number.EPSILON) * 100) / 100;

/** Problems of a weight set: each an integer 0–100 and each kind's summing to 100. */
export function weightProblems(w: JcWeights): { path: string; sum?: number }[] {
  const out: { path: string; sum?: number }[] = [];
  for (const kind of JC_ASSESS_KINDS) {
    const values = Object.entries(w[kind]) as [string, number][];
    for (const [k, v] of values)
      if (!Number.isInteger(v) || v < 0 || v > 100) out.push({ path: `${kind}.${k}` });
    const sum = values.reduce((a, [, v]) => a + v, 0);
    if (sum !== 100) out.push({ path: kind, sum });
  }
  return out;
}

/**
 * An indicator's score 0–100: `ratio_to_target` = value ÷ target × 100 capped at 100; `rate` = the
 * rate in percent, within 0–100. Null (无数据) when there is no value.
 */
export function indicatorScore(indicator: JcAssessIndicator, value: number | null): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const { rule, target } = JC_INDICATOR_RULES[indicator];
  const raw = rule === 'ratio_to_target' && target ? (value / target) * 100 : value;
  return round2(Math.min(100, Math.max(0, raw)));
}

/** A rate in percent (2 decimals), null when the denominator is 0 (无数据, never 0 %). */
export const percentOf = (numerator: number, denominator: number): number | null =>
  denominator > 0 ? round2((numerator / denominator) * 100) : null;

/**
 * The weighted score: Σ weight × score ÷ Σ weight over the indicators with data, so the weight of an
 * indicator without data (无数据) is shared among the others in proportion. Null when none has data.
 * Also each indicator's effective weight (its share of 100 after redistribution).
 */
export function weightedScore(items: readonly { weight: number; score: number | null }[]) {
  const present = items.filter((i) => i.score !== null && i.weight > 0);
  const total = present.reduce((a, i) => a + i.weight, 0);
  const effective = items.map((i) => (i.score !== null && total > 0 ? round2((i.weight * 100) / total) : 0));
  if (total === 0) return { score: null, effective };
  const sum = present.reduce((a, i) => a + i.weight * (i.score ?? 0), 0);
  return { score: round2(sum / total), effective };
}

/** Whether a new mark keeps a target's marks within ±{@link JC_MARKS_BOUND} and in 0.5 steps. */
export function markAllowed(existing: readonly number[], points: number): boolean {
  if (points === 0 || !Number.isFinite(points) || !Number.isInteger(points * 2)) return false;
  const total = existing.reduce((a, p) => a + p, 0) + points;
  return Math.abs(total) <= JC_MARKS_BOUND;
}

/** The final score: base + marks, within 0–100; null without a base (no indicator had data). */
export function finalScore(base: number | null, marks: readonly number[]): number | null {
  if (base === null) return null;
  return round2(Math.min(100, Math.max(0, base + marks.reduce((a, p) => a + p, 0))));
}

export function gradeOf(score: number | null): JcGrade | null {
  if (score === null) return null;
  return JC_GRADE_THRESHOLDS.find((t) => score >= t.from)?.grade ?? 'fail';
}

/** Competition ranks (1, 2, 2, 4) by final score, highest first; null scores are not ranked. */
export function ranksOf(scores: readonly (number | null)[]): (number | null)[] {
  return scores.map((s) => (s === null ? null : 1 + scores.filter((o) => o !== null && o > s).length));
}
