/**
 * Growth z-scores by the LMS method against the WHO Child Growth Standards (WHO, 2006), as WHO's
 * anthro package computes them (standards.md, child health; ../shared/reference/who-growth/README.md):
 * L, M, S interpolated linearly between monthly rows at age-in-days / 30.4375 (and between 0.1 cm
 * rows for weight-for-length); WHO's restricted application beyond ±3 SD for weight-based
 * indicators; z rounded to 2 decimals; a measurement far outside the tables is implausible.
 */

import type { GrowthFlag } from './growth-flags';
import {
  type GrowthTable,
  HEAD_FOR_AGE,
  HEIGHT_FOR_AGE,
  LENGTH_FOR_AGE,
  WEIGHT_FOR_AGE,
  WEIGHT_FOR_HEIGHT,
  WEIGHT_FOR_LENGTH,
} from './growth-tables';
import type { Sex } from './resident-id';

/** Days in WHO's month (anthro). */
export const DAYS_PER_MONTH = 30.4375;
/** Under this many days a child is measured lying down (length), from it standing (height). */
export const LYING_UNTIL_DAYS = 731;
/** A standing height is on average 0.7 cm less than a recumbent length (WHO). */
const LYING_STANDING_CM = 0.7;

type Lms = readonly [number, number, number];

/** L, M, S at a fractional index (months or 0.1 cm steps from the table's first row), or null outside. */
function lmsAt(table: GrowthTable, sex: Sex, index: number): Lms | null {
  const rows = table[sex];
  const i = Math.floor(index + 1e-9);
  const lo = rows[i];
  if (!lo || index < 0) return null;
  const frac = index - i;
  if (frac < 1e-9) return lo;
  const hi = rows[i + 1];
  if (!hi) return null;
  return [lo[0] + (hi[0] - lo[0]) * frac, lo[1] + (hi[1] - lo[1]) * frac, lo[2] + (hi[2] - lo[2]) * frac];
}

/** The value at `k` SD: M · (1 + L·S·k)^(1/L). */
const sdValue = ([l, m, s]: Lms, k: number) => m * (1 + l * s * k) ** (1 / l);

/** The plain LMS z-score. */
export function lmsZ(x: number, [l, m, s]: Lms): number {
  return l === 0 ? Math.log(x / m) / s : ((x / m) ** l - 1) / (l * s);
}

/** WHO's restricted z beyond ±3 SD (weight-for-age, weight-for-length/height). */
export function restrictedZ(x: number, lms: Lms): number {
  const z = lmsZ(x, lms);
  if (z > 3) {
    const sd3 = sdValue(lms, 3);
    return 3 + (x - sd3) / (sd3 - sdValue(lms, 2));
  }
  if (z < -3) {
    const sd3neg = sdValue(lms, -3);
    return -3 + (x - sd3neg) / (sdValue(lms, -2) - sd3neg);
  }
  return z;
}

const round2 = (z: number) => Math.round(z * 100) / 100;

/** The age table's row index (months) for an age in days. */
const monthIndex = (ageDays: number) => ageDays / DAYS_PER_MONTH;

/** Weight-for-age z at an age in months (fractional allowed), or null outside 0–60 months. */
export function weightForAgeAtMonths(sex: Sex, ageMonths: number, weightKg: number): number | null {
  const lms = lmsAt(WEIGHT_FOR_AGE, sex, ageMonths - WEIGHT_FOR_AGE.first);
  return lms ? round2(restrictedZ(weightKg, lms)) : null;
}

/**
 * Length/height-for-age z. Under 731 days the length table (lying), from 731 days the height table
 * (standing); a measurement taken the other way is adjusted by 0.7 cm first, as anthro does.
 */
export function lengthForAge(
  sex: Sex,
  ageDays: number,
  cm: number,
  measured: 'lying' | 'standing' = ageDays < LYING_UNTIL_DAYS ? 'lying' : 'standing',
): number | null {
  const lying = ageDays < LYING_UNTIL_DAYS;
  const adjusted =
    cm +
    (lying && measured === 'standing' ? LYING_STANDING_CM : 0) -
    (!lying && measured === 'lying' ? LYING_STANDING_CM : 0);
  const table = lying ? LENGTH_FOR_AGE : HEIGHT_FOR_AGE;
  const lms = lmsAt(table, sex, Math.max(monthIndex(ageDays), table.first) - table.first);
  return lms ? round2(lmsZ(adjusted, lms)) : null;
}

/** The age-indexed indicators, for growth curves. */
export const AGE_TABLES = {
  weightForAge: WEIGHT_FOR_AGE,
  lengthForAge: LENGTH_FOR_AGE,
  heightForAge: HEIGHT_FOR_AGE,
  headForAge: HEAD_FOR_AGE,
} as const;

/** The measurement at `k` SD for a sex and age in months (the −2/0/+2 curves a chart draws), or null. */
export function valueAtZ(
  table: keyof typeof AGE_TABLES,
  sex: Sex,
  ageMonths: number,
  k: number,
): number | null {
  const t = AGE_TABLES[table];
  const lms = lmsAt(t, sex, ageMonths - t.first);
  return lms ? sdValue(lms, k) : null;
}

export const weightForAge = (sex: Sex, ageDays: number, kg: number) =>
  weightForAgeAtMonths(sex, monthIndex(ageDays), kg);

export function headForAge(sex: Sex, ageDays: number, cm: number): number | null {
  const lms = lmsAt(HEAD_FOR_AGE, sex, monthIndex(ageDays));
  return lms ? round2(lmsZ(cm, lms)) : null;
}

/**
 * Weight-for-length (under 731 days, lying) or weight-for-height (from 731 days, standing), with
 * the same 0.7 cm adjustment; null outside the tables' lengths (45–110 cm, 65–120 cm).
 */
export function weightForLength(
  sex: Sex,
  ageDays: number,
  kg: number,
  cm: number,
  measured: 'lying' | 'standing' = ageDays < LYING_UNTIL_DAYS ? 'lying' : 'standing',
): number | null {
  const lying = ageDays < LYING_UNTIL_DAYS;
  const adjusted =
    cm +
    (lying && measured === 'standing' ? LYING_STANDING_CM : 0) -
    (!lying && measured === 'lying' ? LYING_STANDING_CM : 0);
  const table = lying ? WEIGHT_FOR_LENGTH : WEIGHT_FOR_HEIGHT;
  const index = Math.round((adjusted - table.first) * 1000) / 100; // 0.1 cm steps, free of float drift
  const lms = lmsAt(table, sex, index);
  return lms ? round2(restrictedZ(kg, lms)) : null;
}

export interface ZScores {
  weightForAge: number | null;
  lengthForAge: number | null;
  weightForLength: number | null;
  headForAge?: number | null;
}

export interface Measurement {
  weightKg: number;
  lengthCm: number;
  headCm?: number | undefined;
}

/** Every z-score of one check-up, for a child `ageDays` old. */
export function zScores(sex: Sex, ageDays: number, m: Measurement): ZScores {
  return {
    weightForAge: weightForAge(sex, ageDays, m.weightKg),
    lengthForAge: lengthForAge(sex, ageDays, m.lengthCm),
    weightForLength: weightForLength(sex, ageDays, m.weightKg, m.lengthCm),
    ...(m.headCm === undefined ? {} : { headForAge: headForAge(sex, ageDays, m.headCm) }),
  };
}

/**
 * Which measurement is implausible (anthro's flags: weight-for-age z < −6 or > 5; length-for-age
 * |z| > 6; weight-for-length |z| > 5; head |z| > 5), named by its field; a length outside the
 * weight-for-length table counts against the length.
 */
export function implausibleFields(z: ZScores): ('weightKg' | 'lengthCm' | 'headCm')[] {
  const out: ('weightKg' | 'lengthCm' | 'headCm')[] = [];
  const outside = (v: number | null | undefined, lo: number, hi: number) =>
    v === null || (v !== undefined && (v < lo || v > hi));
  if (outside(z.lengthForAge, -6, 6) || z.weightForLength === null) out.push('lengthCm');
  if (outside(z.weightForAge, -6, 5) || (z.weightForLength !== null && outside(z.weightForLength, -5, 5))) {
    out.push('weightKg');
  }
  if (outside(z.headForAge, -5, 5)) out.push('headCm');
  return out;
}

/**
 * Haemoglobin below which a child is anaemic, in g/L (《儿童营养性疾病管理技术规范》: 1–4 months
 * < 90, 4–6 months < 100, 6 months to 6 years < 110; the last is WHO's threshold too).
 */
export function anaemiaThresholdGL(ageDays: number): number {
  const months = monthIndex(ageDays);
  if (months < 4) return 90;
  if (months < 6) return 100;
  return 110;
}

/**
 * The flags that put a child on the 体弱儿 follow-up list (standards.md): weight-for-age < −2 低体重,
 * length-for-age < −2 生长迟缓, weight-for-length < −2 消瘦 and > 2 超重; Hb below the age's threshold.
 */
export function growthFlags(z: ZScores, ageDays: number, hemoglobinGL?: number): GrowthFlag[] {
  const flags: GrowthFlag[] = [];
  if (z.weightForAge !== null && z.weightForAge < -2) flags.push('underweight');
  if (z.lengthForAge !== null && z.lengthForAge < -2) flags.push('stunted');
  if (z.weightForLength !== null && z.weightForLength < -2) flags.push('wasted');
  if (z.weightForLength !== null && z.weightForLength > 2) flags.push('overweight');
  if (hemoglobinGL !== undefined && hemoglobinGL < anaemiaThresholdGL(ageDays)) flags.push('anaemia');
  return flags;
}
