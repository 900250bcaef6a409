import type { consoleRiskZhCN } from './console-risk.zh-CN';

/** English for the risk view; the same keys as the Chinese file (compiler-checked). */
export const consoleRiskEn: Record<keyof typeof consoleRiskZhCN, string> = {
  'risk.nav.risk': 'Risk view',
};
