/**
 * The follow-up flags of a check-up and their names, apart from growth.ts so that labels (on every
 * page) do not pull the WHO tables into the first download.
 */
import type { LocalizedText } from './provider-kinds';

export const GROWTH_FLAGS = ['underweight', 'stunted', 'wasted', 'overweight', 'anaemia'] as const;
export type GrowthFlag = (typeof GROWTH_FLAGS)[number];

export const GROWTH_FLAG_NAMES: Readonly<Record<GrowthFlag, LocalizedText>> = {
  underweight: { zh: '低体重', en: 'Underweight' },
  stunted: { zh: '生长迟缓', en: 'Stunted' },
  wasted: { zh: '消瘦', en: 'Wasted' },
  overweight: { zh: '超重', en: 'Overweight' },
  anaemia: { zh: '贫血', en: 'Anaemia' },
};
