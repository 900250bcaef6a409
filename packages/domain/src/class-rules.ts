/**
 * Class sizes, carer ratios and ages — 《托育机构设置标准（试行）》 (国卫人口发〔2019〕58号):
 * 乳儿班 6–12 months ≤ 10 children 1:3, 托小班 12–24 months ≤ 15 1:5, 托大班 24–36 months ≤ 20 1:7,
 * mixed classes from 18 months ≤ 18 (ratio not set nationally: param); family care points
 * (《家庭托育点管理办法（试行）》) under 3, ≤ 5 children, 1:3.
 */
import { type CivilDate, parseIsoDate } from './calendar-date';
import type { ClassType } from './provider-kinds';
import { resolveSettings, type Settings } from './settings';

/** Class types an institution assigns by age alone; mixed and family classes are chosen, not derived. */
export type AgeBandClassType = 'infant' | 'toddler_young' | 'toddler_older';

/** Ages a class takes, in whole months: from `minMonths` up to but not including `belowMonths`. */
export interface AgeRange {
  minMonths: number;
  belowMonths: number;
}

/**
 * Age ranges by class type (《托育机构设置标准（试行）》): 乳儿班 [6, 12), 托小班 [12, 24),
 * 托大班 [24, 36), mixed [18, 36) ("18个月以上可混合编班"), family care point [0, 36)
 * (《家庭托育点管理办法（试行）》: under 3; no 6-month floor for family points, standards.md).
 */
export const CLASS_AGE_RANGES: Readonly<Record<ClassType, AgeRange>> = {
  infant: { minMonths: 6, belowMonths: 12 },
  toddler_young: { minMonths: 12, belowMonths: 24 },
  toddler_older: { minMonths: 24, belowMonths: 36 },
  mixed: { minMonths: 18, belowMonths: 36 },
  family: { minMonths: 0, belowMonths: 36 },
};

/** Fixed sizes; the mixed-class size comes from settings. */
const MAX_SIZE: Readonly<Record<Exclude<ClassType, 'mixed'>, number>> = {
  infant: 10,
  toddler_young: 15,
  toddler_older: 20,
  family: 5,
};

/** Fixed ratios (children per carer); the mixed-class ratio comes from settings. */
const RATIO: Readonly<Record<Exclude<ClassType, 'mixed'>, number>> = {
  infant: 3,
  toddler_young: 5,
  toddler_older: 7,
  family: 3,
};

/**
 * Largest number of children in one class (《托育机构设置标准（试行）》; family care point
 * 《家庭托育点管理办法（试行）》): infant 10, toddler_young 15, toddler_older 20, mixed
 * `settings.mixedMaxSize` (18), family 5.
 */
export function maxClassSize(classType: ClassType, settings: Partial<Settings> = {}): number {
  return classType === 'mixed' ? resolveSettings(settings).mixedMaxSize : MAX_SIZE[classType];
}

/**
 * Children per carer at the minimum staffing (《托育机构设置标准（试行）》; family care point
 * 《家庭托育点管理办法（试行）》): infant 3, toddler_young 5, toddler_older 7, family 3, mixed
 * `settings.mixedRatio` (param, default 5).
 */
export function carerRatio(classType: ClassType, settings: Partial<Settings> = {}): number {
  return classType === 'mixed' ? resolveSettings(settings).mixedRatio : RATIO[classType];
}

/**
 * Fewest carers for `children` children in a class of `classType` (《托育机构设置标准（试行）》):
 * ceil(children ÷ children-per-carer), so 3 infants need 1 carer and 4 need 2; no children, no carers.
 *
 * @throws RangeError when `children` is not a non-negative integer.
 */
export function minCarers(classType: ClassType, children: number, overrides: Partial<Settings> = {}): number {
  if (!Number.isSafeInteger(children) || children < 0) {
    throw new RangeError(`children must be a non-negative integer: ${children}`);
  }
  const ratio = carerRatio(classType, overrides);
  if (!(ratio > 0)) throw new RangeError(`children per carer must be positive: ${ratio}`);
  return Math.ceil(children / ratio);
}

/**
 * The age-band class for a child of `months` whole months (《托育机构设置标准（试行）》):
 * infant [6, 12), toddler_young [12, 24), toddler_older [24, 36); null under 6 months (not admitted
 * to institution classes) and from 36 months (kindergarten age).
 */
export function classTypeForAge(months: number): AgeBandClassType | null {
  for (const type of ['infant', 'toddler_young', 'toddler_older'] as const) {
    if (fitsClass(type, months)) return type;
  }
  return null;
}

/**
 * Whether a child of `ageMonths` whole months may be placed in a class of `classType`
 * (ranges in {@link CLASS_AGE_RANGES}: mixed takes 18 to under 36 months, family under 36).
 */
export function fitsClass(classType: ClassType, ageMonths: number): boolean {
  const range = CLASS_AGE_RANGES[classType];
  return ageMonths >= range.minMonths && ageMonths < range.belowMonths;
}

function mustParse(s: string): CivilDate {
  const d = parseIsoDate(s);
  if (!d) throw new RangeError(`not a YYYY-MM-DD calendar date: ${s}`);
  return d;
}

/**
 * Whole months completed from `birthDate` to `on` (both `YYYY-MM-DD`). A month is completed on the
 * same day of a later month; when that month is too short the month completes on the day after its
 * end — born 2024-01-31 is 0 months on 2024-02-29 and 1 month on 2024-03-01 — so a child is never
 * counted older than they are, which is the safe side for age-band rules. Negative when `on` is
 * before the birth date.
 *
 * @throws RangeError when either date is not a real `YYYY-MM-DD` date.
 */
export function ageInMonths(birthDate: string, on: string): number {
  const b = mustParse(birthDate);
  const d = mustParse(on);
  const months = (d.year - b.year) * 12 + (d.month - b.month);
  return d.day < b.day ? months - 1 : months;
}
