import type { publicInspectionsZhCN } from './public-inspections.zh-CN';

/** English, the same keys as the Chinese file (compiler-checked). */
export const publicInspectionsEn: Record<keyof typeof publicInspectionsZhCN, string> = {
  'pi.title': 'Inspection results',
};
