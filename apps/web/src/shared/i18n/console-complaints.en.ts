import type { consoleComplaintsZhCN } from './console-complaints.zh-CN';

/** English for complaints and parent committees; the same keys as the Chinese file (compiler-checked). */
export const consoleComplaintsEn: Record<keyof typeof consoleComplaintsZhCN, string> = {
  'cmp.nav.complaints': 'Complaints',
};
