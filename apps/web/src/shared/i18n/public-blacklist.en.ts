import type { publicBlacklistZhCN } from './public-blacklist.zh-CN';

/** English, the same keys as the Chinese file (compiler-checked). */
export const publicBlacklistEn: Record<keyof typeof publicBlacklistZhCN, string> = {
  'pb.title': 'Blacklist',
};
