import type { consolePlansZhCN } from './console-plans.zh-CN';

/** English for checklists, inspectors' conflicts and the 双随机 plans and draws; the same keys as the Chinese file (compiler-checked). */
export const consolePlansEn: Record<keyof typeof consolePlansZhCN, string> = {
  'plans.nav.group': 'Supervision',
  'plans.nav.plans': 'Inspection plans',
};
