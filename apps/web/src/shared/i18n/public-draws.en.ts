import type { publicDrawsZhCN } from './public-draws.zh-CN';

/** English, the same keys as the Chinese file (compiler-checked). */
export const publicDrawsEn: Record<keyof typeof publicDrawsZhCN, string> = {
  'pd.title': 'Random inspection draws',
};
