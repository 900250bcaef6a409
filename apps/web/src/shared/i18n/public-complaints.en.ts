import type { publicComplaintsZhCN } from './public-complaints.zh-CN';

/** English, the same keys as the Chinese file (compiler-checked). */
export const publicComplaintsEn: Record<keyof typeof publicComplaintsZhCN, string> = {
  'pc.title': 'Complaints',
};
