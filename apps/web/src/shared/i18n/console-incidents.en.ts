import type { consoleIncidentsZhCN } from './console-incidents.zh-CN';

/** English for incidents, emergency plans and drills, the blacklist and credit records; the same keys as the Chinese file (compiler-checked). */
export const consoleIncidentsEn: Record<keyof typeof consoleIncidentsZhCN, string> = {
  'inc.nav.incidents': 'Incidents',
};
