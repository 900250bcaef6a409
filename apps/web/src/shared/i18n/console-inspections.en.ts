import type { consoleInspectionsZhCN } from './console-inspections.zh-CN';

/** English for inspections, findings and rectification; the same keys as the Chinese file (compiler-checked). */
export const consoleInspectionsEn: Record<keyof typeof consoleInspectionsZhCN, string> = {
  'insp.nav.inspections': 'Inspections',
};
